<?php
declare(strict_types=1);

namespace Mizan;

/** One inconsistency: its code (README.md, "Checks"), severity, message and spans. */
final class Finding
{
    /** @param list<Span> $spans */
    public function __construct(
        public readonly string $code,
        public readonly string $severity,   // "info", "warning" or "error"
        public readonly string $message,
        public readonly array $spans,
        public readonly ?string $expected,
        public readonly ?string $found,
    ) {
    }
}
