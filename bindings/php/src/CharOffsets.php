<?php
declare(strict_types=1);

namespace Mizan;

/**
 * Maps UTF-8 byte offsets of one text to code point offsets. Claims come in order, so each
 * lookup continues from the previous one instead of counting from the start again.
 */
final class CharOffsets
{
    private int $byte = 0;
    private int $char = 0;

    public function __construct(private readonly string $text)
    {
    }

    public function at(int $byte): int
    {
        $byte = min($byte, strlen($this->text));
        if ($byte < $this->byte) {
            $this->byte = 0;
            $this->char = 0;
        }
        $this->char += mb_strlen(substr($this->text, $this->byte, $byte - $this->byte), 'UTF-8');
        $this->byte = $byte;
        return $this->char;
    }
}
