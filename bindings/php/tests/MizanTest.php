<?php
declare(strict_types=1);

use Mizan\CommandEngine;
use Mizan\Engine;
use Mizan\Checker;
use Mizan\MizanException;
use PHPUnit\Framework\TestCase;

/**
 * Every test runs on both engines: FFI (MIZAN_LIBRARY) and the command fallback
 * (MIZAN_COMMAND), which must give the same results.
 */
final class MizanTest extends TestCase
{
    /** @return array<string, array{Checker}> */
    public static function engines(): array
    {
        return ['ffi' => [new Engine()], 'command' => [new CommandEngine()]];
    }

    /** @dataProvider engines */
    public function testVersion(Checker $engine): void
    {
        $this->assertMatchesRegularExpression('/^1\.\d+\.\d+$/', $engine->version());
    }

    /** @dataProvider engines */
    public function testExtractGivesExactValuesAndBothOffsets(Checker $engine): void
    {
        $text = '😀 ارتفع الإنتاج ١٢٫٥٪ إلى 31,000 طن';
        $claims = $engine->extract($text);
        $this->assertSame([['percent', '12.5', 'percent'], ['quantity', '31000', 't']],
            array_map(fn ($c) => [$c->kind, $c->value, $c->unit], $claims));
        foreach ($claims as $c) {
            $this->assertSame($c->text, substr($text, $c->start, $c->end - $c->start));
            $this->assertSame($c->text, mb_substr($text, $c->charStart, $c->charEnd - $c->charStart));
        }
        $this->assertSame('arabic-indic', $claims[0]->script);
        $this->assertSame(16, $claims[0]->charStart);
        $this->assertTrue($claims[1]->lowerInclusive);
    }

    /** @dataProvider engines */
    public function testCheckWithFactsAndPublicationDate(Checker $engine): void
    {
        $facts = $engine->loadFacts(json_encode(['facts' => [
            ['id' => 'launch', 'kind' => 'year', 'value' => 2011, 'cues' => ['launched']]]]));
        $text = 'The database was launched 13 years ago.';
        $report = $engine->check($text, $facts, ['published' => '2022-11-18']);
        $this->assertSame(['fact.contradiction'], array_map(fn ($f) => $f->code, $report->findings));
        $this->assertSame('error', $report->findings[0]->severity);
        $span = $report->findings[0]->spans[0];
        $this->assertStringContainsString('13 years ago', substr($text, $span->start, $span->end - $span->start));
        $this->assertSame([], $engine->check($text, $facts)->findings);
    }

    /** @dataProvider engines */
    public function testOptionsPerCallAndPerEngine(Checker $engine): void
    {
        $text = 'الاثنين 18 نوفمبر 2022';
        $this->assertSame(['date.weekday_mismatch'], array_map(fn ($f) => $f->code, $engine->check($text)->findings));
        $this->assertSame([], $engine->check($text, null, ['checks' => 'date.*=off'])->findings);
        $quiet = $engine instanceof Engine ? new Engine(['checks' => 'date.*=off'])
                                           : new CommandEngine(null, ['checks' => 'date.*=off']);
        $this->assertSame([], $quiet->check($text)->findings);
        $this->assertSame('USD', $engine->extract('paid $40')[0]->unit);
        $this->assertSame('CAD', $engine->extract('paid $40', ['dollarCurrency' => 'CAD'])[0]->unit);
    }

    /** @dataProvider engines */
    public function testCompareReportsSpansOnBothSides(Checker $engine): void
    {
        $source = 'Revenue was $1,127 on Thursday.';
        $target = 'بلغت الإيرادات 1197 دولارا يوم الثلاثاء.';
        $result = $engine->compare($source, $target);
        $codes = array_map(fn ($f) => $f->code, $result->findings);
        sort($codes);
        $this->assertSame(['compare.date_mismatch', 'compare.value_mismatch'], $codes);
        foreach ($result->findings as $f) {
            if ($f->code === 'compare.value_mismatch') {
                $t = array_values(array_filter($f->spans, fn ($s) => $s->side === 'target'))[0];
                $this->assertStringContainsString('1197', mb_substr($target, $t->charStart, $t->charEnd - $t->charStart));
            }
        }
        $this->assertSame('1127', $result->sourceClaims[0]->value);
        $this->assertSame('target', $result->targetClaims[0]->side);
    }

    /** @dataProvider engines */
    public function testErrorsCarryStatusAndOffsets(Checker $engine): void
    {
        $this->assertRefused(2, 7, 4, fn () => $engine->extract("بلغ \xff 68"));
        $this->assertRefused(9, null, null, fn () => $engine->loadFacts('{"facts": ['));
        $this->assertRefused(1, null, null, fn () => $engine->check('x', null, ['published' => 'yesterday']));
        $this->assertRefused(3, null, null, fn () => $engine->extract('123', ['maxInputBytes' => 2]));
        $this->assertRefused(2, 1, 1, fn () => $engine->compare('5 boats', "5\xc3"));
        try {
            $engine->check('x', null, ['checks' => 'no.such=off']);
            $this->fail('an unknown check was accepted');
        } catch (MizanException $e) {
            $this->assertStringContainsString('no.such', $e->getMessage());
        }
    }

    /** The fallback gives exactly what FFI gives, on the bundled example article. */
    public function testBothEnginesAgreeOnTheExample(): void
    {
        $dir = dirname(__DIR__, 3) . '/examples';
        $en = file_get_contents("$dir/article.en.txt");
        $ar = file_get_contents("$dir/article.ar.txt");
        [$ffi, $command] = [new Engine(), new CommandEngine()];
        $this->assertEquals($ffi->compare($en, $ar), $command->compare($en, $ar));
        $this->assertEquals($ffi->check($ar), $command->check($ar));
        $this->assertNotEmpty($ffi->compare($en, $ar)->findings);
    }

    /** Mizan::engine() picks FFI where it is allowed and the command where it is refused. */
    public function testFactoryFallsBackWhenFfiIsRefused(): void
    {
        $script = 'require ' . var_export(dirname(__DIR__) . '/autoload.php', true) . ';'
            . '$e = Mizan\Mizan::engine();'
            . 'echo get_class($e), " ", $e->extract("بلغ 68 بلدا")[0]->value;';
        foreach (['1' => 'Mizan\Engine 68', '0' => 'Mizan\CommandEngine 68'] as $enable => $expected) {
            $out = shell_exec(escapeshellarg(PHP_BINARY) . " -n -d extension=ffi.so -d ffi.enable=$enable"
                . ' -d extension=mbstring.so -r ' . escapeshellarg($script) . ' 2>&1');
            $this->assertSame($expected, $out);
        }
    }

    private function assertRefused(int $status, ?int $byte, ?int $char, callable $call): void
    {
        try {
            $call();
            $this->fail("expected status $status");
        } catch (MizanException $e) {
            $this->assertSame($status, $e->getCode(), $e->getMessage());
            if ($byte !== null) {
                $this->assertSame($byte, $e->byteOffset);
                $this->assertSame($char, $e->charOffset);
            }
        }
    }
}
