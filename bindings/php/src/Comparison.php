<?php
declare(strict_types=1);

namespace Mizan;

/** What compare() finds between a source and its translation. */
final class Comparison
{
    /**
     * @param list<Claim> $sourceClaims
     * @param list<Claim> $targetClaims
     * @param list<Finding> $findings
     */
    public function __construct(
        public readonly array $sourceClaims,
        public readonly array $targetClaims,
        public readonly array $findings,
    ) {
    }
}
