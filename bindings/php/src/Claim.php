<?php
declare(strict_types=1);

namespace Mizan;

/**
 * One numeric claim. $start/$end are byte offsets into the PHP string (for substr);
 * $charStart/$charEnd are code point offsets (for mb_substr). Values are exact decimal strings
 * (or ISO dates), never floats. README.md, "JSON output", documents each field.
 */
final class Claim
{
    public function __construct(
        public readonly string $kind,
        public readonly string $text,
        public readonly int $start,
        public readonly int $end,
        public readonly int $charStart,
        public readonly int $charEnd,
        public readonly ?string $value,
        public readonly ?string $unit,
        public readonly ?string $noun,
        public readonly ?string $nounKey,
        public readonly ?string $lower,
        public readonly ?string $upper,
        public readonly ?bool $lowerInclusive,
        public readonly ?bool $upperInclusive,
        public readonly bool $approx,
        public readonly ?string $qualifier,
        public readonly ?string $script,
        public readonly ?string $calendar,
        public readonly ?int $weekday,
        public readonly int $sentence,
        public readonly bool $tooLarge,
        public readonly bool $separatorGuessed,
        public readonly bool $ratio,
        public readonly string $side,
    ) {
    }
}
