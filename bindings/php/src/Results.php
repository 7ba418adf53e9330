<?php
declare(strict_types=1);

namespace Mizan;

/**
 * Turns the JSON of a result (mizan_result_json(), or `mizan --format result`) into objects.
 * Both engines go through here, so they give the same objects for the same result.
 */
final class Results
{
    /** @return list<Claim> */
    public static function claims(string $json, string $text): array
    {
        return self::claimList(self::decode($json)['claims'], new CharOffsets($text), 'source');
    }

    public static function report(string $json, string $text): Report
    {
        $raw = self::decode($json);
        $offsets = new CharOffsets($text);
        $findings = [];
        foreach ($raw['findings'] as $f) {
            $findings[] = self::finding($f, self::spans($f['spans'], $offsets, 'source'));
        }
        return new Report(self::claimList($raw['claims'], $offsets, 'source'), $findings);
    }

    public static function comparison(string $json, string $source, string $target): Comparison
    {
        $raw = self::decode($json);
        $s = new CharOffsets($source);
        $t = new CharOffsets($target);
        $findings = [];
        foreach ($raw['findings'] as $f) {
            $spans = array_merge(self::spans($f['source_spans'], $s, 'source'),
                                 self::spans($f['target_spans'], $t, 'target'));
            $findings[] = self::finding($f, $spans);
        }
        return new Comparison(self::claimList($raw['source_claims'], $s, 'source'),
                              self::claimList($raw['target_claims'], $t, 'target'), $findings);
    }

    /** @return array<string, mixed> */
    private static function decode(string $json): array
    {
        return json_decode($json, true, 64, JSON_THROW_ON_ERROR);
    }

    /** @return list<Claim> */
    private static function claimList(array $list, CharOffsets $offsets, string $side): array
    {
        $out = [];
        foreach ($list as $c) {
            $out[] = new Claim(
                $c['kind'], $c['text'], $c['start'], $c['end'], $offsets->at($c['start']),
                $offsets->at($c['end']), $c['value'], $c['unit'], $c['noun'], $c['noun_key'],
                $c['lower'], $c['upper'], $c['lower_inclusive'], $c['upper_inclusive'],
                $c['approx'], $c['qualifier'], $c['script'], $c['calendar'], $c['weekday'],
                $c['sentence'], $c['too_large'], $c['separator_guessed'], $c['ratio'],
                $side);
        }
        return $out;
    }

    /** @return list<Span> */
    private static function spans(array $list, CharOffsets $offsets, string $side): array
    {
        $out = [];
        foreach ($list as $s) {
            $out[] = new Span($s['start'], $s['end'], $offsets->at($s['start']),
                              $offsets->at($s['end']), $side);
        }
        return $out;
    }

    /** @param list<Span> $spans */
    private static function finding(array $f, array $spans): Finding
    {
        return new Finding($f['code'], $f['severity'], $f['message'], $spans, $f['expected'],
                           $f['found']);
    }
}
