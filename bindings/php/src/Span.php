<?php
declare(strict_types=1);

namespace Mizan;

/** Where a finding points: byte and code point offsets into the text of $side. */
final class Span
{
    public function __construct(
        public readonly int $start,
        public readonly int $end,
        public readonly int $charStart,
        public readonly int $charEnd,
        public readonly string $side,   // "source" (the document) or "target"
    ) {
    }
}
