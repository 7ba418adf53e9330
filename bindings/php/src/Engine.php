<?php
declare(strict_types=1);

namespace Mizan;

/**
 * libmizan in process, over FFI. Build one per process (or per request worker) and reuse it:
 * the engine is immutable, and building it costs milliseconds. Strings the library returns are
 * copied into PHP before the result is freed, so nothing leaks and nothing dangles.
 */
final class Engine implements Checker
{
    private \FFI $ffi;
    private \FFI\CData $engine;

    /** @param array<string, mixed> $defaults options for every call (see Checker) */
    public function __construct(private readonly array $defaults = [])
    {
        $this->ffi = Native::ffi();
        $engine = $this->ffi->new('mizan_engine*');
        $error = $this->newError();
        $status = $this->ffi->mizan_engine_new(0, \FFI::addr($engine), \FFI::addr($error));
        if ($status !== 0) {
            throw $this->failure($status, $error, null);
        }
        $this->engine = $engine;
    }

    public function __destruct()
    {
        if (isset($this->engine)) {
            $this->ffi->mizan_engine_free($this->engine);
        }
    }

    public function version(): string
    {
        return $this->ffi->mizan_version_string();
    }

    public function extract(string $text, array $options = []): array
    {
        $json = $this->call(fn ($o, $r, $e) => $this->ffi->mizan_extract(
            $this->engine, $text, strlen($text), $o, $r, $e), $options, $text, null);
        return Results::claims($json, $text);
    }

    public function check(string $text, ?Facts $facts = null, array $options = []): Report
    {
        $json = $this->call(fn ($o, $r, $e) => $this->ffi->mizan_check(
            $this->engine, $text, strlen($text), $o, $facts?->handle, $r, $e), $options, $text, null);
        return Results::report($json, $text);
    }

    public function compare(string $source, string $target, array $options = []): Comparison
    {
        $json = $this->call(fn ($o, $r, $e) => $this->ffi->mizan_compare(
            $this->engine, $source, strlen($source), $target, strlen($target), $o, $r, $e),
            $options, $source, $target);
        return Results::comparison($json, $source, $target);
    }

    public function loadFacts(string $json): Facts
    {
        $facts = $this->ffi->new('mizan_facts*');
        $error = $this->newError();
        $status = $this->ffi->mizan_facts_load($this->engine, $json, strlen($json),
                                               \FFI::addr($facts), \FFI::addr($error));
        if ($status !== 0) {
            throw $this->failure($status, $error, $json);
        }
        $ffi = $this->ffi;
        return new Facts($facts, static fn () => $ffi->mizan_facts_free($facts));
    }

    /**
     * Runs one library call with the options, and returns the result's JSON. $run receives
     * the options, the result slot and the error, as pointers.
     */
    private function call(\Closure $run, array $overrides, string $source, ?string $target): string
    {
        $settings = array_merge($this->defaults, $overrides);
        $options = $this->ffi->new('mizan_options');
        $this->ffi->mizan_options_init(\FFI::addr($options));
        $options->max_input_bytes = (int) ($settings['maxInputBytes'] ?? 0);
        $keep = [];   // the C strings, alive until the call returns
        foreach (['dollar_currency' => 'dollarCurrency', 'published' => 'published',
                  'checks' => 'checks'] as $field => $key) {
            if (isset($settings[$key]) && $settings[$key] !== '') {
                $keep[$field] = $this->cString((string) $settings[$key]);
                $options->$field = $this->ffi->cast('const char*', $keep[$field]);
            }
        }
        $result = $this->ffi->new('mizan_result*');
        $error = $this->newError();
        $status = $run(\FFI::addr($options), \FFI::addr($result), \FFI::addr($error));
        if ($status !== 0) {
            $message = \FFI::string($error->message);
            $text = $target !== null && str_starts_with($message, 'target') ? $target : $source;
            throw $this->failure($status, $error, $text);
        }
        try {
            $json = $this->ffi->new('const char*');
            $length = $this->ffi->new('size_t');
            $this->ffi->mizan_result_json($result, 0, \FFI::addr($json), \FFI::addr($length), null);
            return \FFI::string($json, $length->cdata);
        } finally {
            $this->ffi->mizan_result_free($result);
        }
    }

    private function cString(string $value): \FFI\CData
    {
        $buffer = $this->ffi->new('char[' . (strlen($value) + 1) . ']');
        \FFI::memcpy($buffer, $value, strlen($value));
        return $buffer;
    }

    private function newError(): \FFI\CData
    {
        $error = $this->ffi->new('mizan_error');
        $this->ffi->mizan_error_init(\FFI::addr($error));
        return $error;
    }

    private function failure(int $status, \FFI\CData $error, ?string $text): MizanException
    {
        $message = \FFI::string($error->message);
        if ($message === '') {
            $message = $this->ffi->mizan_status_string($status);
        }
        $byte = $error->offset === Native::NO_OFFSET ? null : $error->offset;
        return Errors::exception($status, $message, $byte, $text);
    }
}
