<?php
declare(strict_types=1);

namespace Mizan;

/**
 * What both engines offer: Engine (FFI, in process) and CommandEngine (runs the `mizan`
 * command where FFI is refused). Mizan::engine() picks one. $options keys: dollarCurrency
 * (ISO 4217 code of a bare "$"), published ("YYYY-MM-DD"), checks ("style.*=off, ..."),
 * maxInputBytes; given to a call they override the engine's.
 */
interface Checker
{
    /** @return list<Claim> every numeric claim of $text, in order */
    public function extract(string $text, array $options = []): array;

    /** The document's own inconsistencies, and those against $facts. */
    public function check(string $text, ?Facts $facts = null, array $options = []): Report;

    /** What differs between $source and its translation $target. */
    public function compare(string $source, string $target, array $options = []): Comparison;

    /** Reference facts (README.md, "Facts") from JSON, checked now. */
    public function loadFacts(string $json): Facts;

    public function version(): string;
}
