<?php
declare(strict_types=1);

namespace Mizan;

/**
 * Reference facts loaded by an engine's loadFacts(). Holds the library's handle (Engine) or a
 * file for the command (CommandEngine), and frees it when the object goes away.
 */
final class Facts
{
    /** @param \Closure(): void $release */
    public function __construct(public readonly mixed $handle, private ?\Closure $release)
    {
    }

    public function __destruct()
    {
        if ($this->release !== null) {
            ($this->release)();
            $this->release = null;
        }
    }
}
