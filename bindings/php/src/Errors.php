<?php
declare(strict_types=1);

namespace Mizan;

/** Builds MizanException the same way for both engines. */
final class Errors
{
    public static function exception(int $status, string $message, ?int $byte, ?string $text): MizanException
    {
        $char = null;
        if ($byte !== null && $text !== null) {
            $char = mb_strlen(substr($text, 0, $byte), 'UTF-8');
        }
        return new MizanException($status, $message, $byte, $char);
    }
}
