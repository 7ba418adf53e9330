<?php
declare(strict_types=1);

use Mizan\Checker;
use Mizan\Claim;
use Mizan\CommandEngine;
use Mizan\Engine;
use Mizan\Finding;
use Mizan\MizanException;
use PHPUnit\Framework\TestCase;

/** Replays tests/conformance on both engines: each must give exactly what the library gives. */
final class ConformanceTest extends TestCase
{
    private const OPTIONS = ['dollar_currency' => 'dollarCurrency', 'published' => 'published',
                             'checks' => 'checks', 'max_input_bytes' => 'maxInputBytes'];

    /** @return array<string, array{Checker, array, array}> */
    public static function cases(): array
    {
        $dir = dirname(__DIR__, 3) . '/tests/conformance';
        $inputs = json_decode(file_get_contents("$dir/inputs.json"), true)['cases'];
        $expected = json_decode(file_get_contents("$dir/expected.json"), true)['expected'];
        $out = [];
        foreach (['ffi' => new Engine(), 'command' => new CommandEngine()] as $kind => $engine) {
            foreach ($inputs as $case) {
                $out["$kind {$case['name']}"] = [$engine, $case, $expected[$case['name']]];
            }
        }
        return $out;
    }

    /** @dataProvider cases */
    public function testCase(Checker $engine, array $case, array $expected): void
    {
        if (isset($expected['error'])) {
            try {
                $this->replay($engine, $case);
                $this->fail('the input was accepted');
            } catch (MizanException $e) {
                $this->assertSame($expected['error'], ['status' => $e->getCode(), 'offset' => $e->byteOffset]);
            }
            return;
        }
        // assertSame, not assertEquals: null must not pass for false, nor "5" for 5.
        $this->assertSame(self::sorted($expected), self::sorted($this->replay($engine, $case)));
    }

    private static function sorted(mixed $value): mixed
    {
        if (!is_array($value)) {
            return $value;
        }
        $value = array_map([self::class, 'sorted'], $value);
        if (!array_is_list($value)) {
            ksort($value);
        }
        return $value;
    }

    private function replay(Checker $engine, array $case): array
    {
        $options = [];
        foreach ($case['options'] ?? [] as $key => $value) {
            $options[self::OPTIONS[$key]] = $value;
        }
        if ($case['op'] === 'extract') {
            return ['claims' => array_map([$this, 'claim'], $engine->extract($this->text($case, 'text'), $options))];
        }
        if ($case['op'] === 'check') {
            $facts = null;
            if (isset($case['facts']) || isset($case['facts_raw'])) {
                $facts = $engine->loadFacts($case['facts_raw'] ?? json_encode($case['facts'], JSON_UNESCAPED_UNICODE));
            }
            $r = $engine->check($this->text($case, 'text'), $facts, $options);
            return ['claims' => array_map([$this, 'claim'], $r->claims),
                    'findings' => array_map(fn ($f) => $this->finding($f, false), $r->findings)];
        }
        $r = $engine->compare($this->text($case, 'source'), $this->text($case, 'target'), $options);
        return ['source_claims' => array_map([$this, 'claim'], $r->sourceClaims),
                'target_claims' => array_map([$this, 'claim'], $r->targetClaims),
                'findings' => array_map(fn ($f) => $this->finding($f, true), $r->findings)];
    }

    private function text(array $case, string $key): string
    {
        return isset($case["{$key}_hex"]) ? hex2bin($case["{$key}_hex"]) : $case[$key];
    }

    private function claim(Claim $c): array
    {
        return ['start' => $c->start, 'end' => $c->end, 'text' => $c->text, 'kind' => $c->kind,
                'value' => $c->value, 'unit' => $c->unit, 'noun' => $c->noun,
                'noun_key' => $c->nounKey, 'lower' => $c->lower, 'upper' => $c->upper,
                'lower_inclusive' => $c->lowerInclusive, 'upper_inclusive' => $c->upperInclusive,
                'approx' => $c->approx, 'script' => $c->script, 'qualifier' => $c->qualifier,
                'calendar' => $c->calendar, 'weekday' => $c->weekday, 'sentence' => $c->sentence,
                'too_large' => $c->tooLarge, 'separator_guessed' => $c->separatorGuessed,
                'ratio' => $c->ratio];
    }

    private function finding(Finding $f, bool $comparison): array
    {
        $spans = fn (string $side) => array_values(array_map(
            fn ($s) => ['start' => $s->start, 'end' => $s->end],
            array_filter($f->spans, fn ($s) => $s->side === $side)));
        $out = ['code' => $f->code, 'severity' => $f->severity, 'message' => $f->message,
                'expected' => $f->expected, 'found' => $f->found];
        if ($comparison) {
            return $out + ['source_spans' => $spans('source'), 'target_spans' => $spans('target')];
        }
        return $out + ['spans' => $spans('source')];
    }
}
