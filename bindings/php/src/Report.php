<?php
declare(strict_types=1);

namespace Mizan;

/** What check() finds in one document. */
final class Report
{
    /**
     * @param list<Claim> $claims
     * @param list<Finding> $findings
     */
    public function __construct(public readonly array $claims, public readonly array $findings)
    {
    }
}
