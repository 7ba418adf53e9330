<?php
declare(strict_types=1);

namespace Mizan;

/**
 * A call libmizan refused. getCode() is the status (a MIZAN_ERROR_* value: 2 invalid UTF-8,
 * 3 input too large, 9 bad facts, ...); $byteOffset and $charOffset say where the problem is in
 * the input, or are null when no place applies.
 */
final class MizanException extends \RuntimeException
{
    public function __construct(
        int $status,
        string $message,
        public readonly ?int $byteOffset = null,
        public readonly ?int $charOffset = null,
    ) {
        parent::__construct($message, $status);
    }
}
