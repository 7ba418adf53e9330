"""Time and peak memory grow linearly with the input, on ordinary and on hostile text.

For each kind of text, `mizan check` runs on a size and on 16 times that size; the test fails
when the larger run costs more than 32 times the CPU time or the peak memory of the smaller
(16 times is linear; the rest is room for noise). Prose runs at 1 and 16 MB; the hostile kinds,
where nearly every byte is part of a claim, at 128 KB and 2 MB (2 MB of "1," is a million
separators in a row; of "5 ", a million claims). With --huge it also checks 100 MB of prose in one
document, and a comparison of texts 50,000 times apart in size.

Usage: linear_test.py PATH_TO_MIZAN [--huge]
"""
import os
import resource
import subprocess
import sys
import tempfile
import time

MB = 1 << 20
LIMIT = 32

# kind: (repeated text, the smaller size)
KINDS = {
    "news": "أعلنت الوزارة أن الصادرات بلغت ١٬٨٥٠٬٠٠٠ طن بزيادة ١٢٫٥٪ يوم الاثنين 3 مارس 2025، "
            "وأن 64 دولة استوردت ما قيمته 1.2 مليار دولار. Exports rose 12.5% to 1.85m tonnes.\n",
    "separators": "1,",
    "claims": "5 ",
    "words": "ثلاثة آلاف وخمسمائة وستة وعشرون ",
    "digits": "7",
}
SMALL = {"news": MB, "separators": MB // 8, "claims": MB // 8, "words": MB // 8, "digits": MB}


def text_of(kind, size):
    unit = KINDS[kind].encode("utf-8")
    return (unit * (size // len(unit) + 1))[:size].decode("utf-8", "ignore").encode("utf-8")


def measure(mizan, args, data):
    """CPU seconds and peak resident KB of one run of the command."""
    with tempfile.NamedTemporaryFile() as f:
        f.write(data)
        f.flush()
        cmd = ["/usr/bin/time", "-f", "%M", mizan] + args + [f.name]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.monotonic()
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=900)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        raise SystemExit(f"mizan {' '.join(args)} failed: {p.stderr.decode()[-300:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak_kb = int(p.stderr.decode().strip().splitlines()[-1])
    return cpu, peak_kb, time.monotonic() - started


def main():
    mizan = sys.argv[1]
    failures = []
    for kind in KINDS:
        size = SMALL[kind]
        small = min(measure(mizan, ["check"], text_of(kind, size)) for _ in range(2))
        big = measure(mizan, ["check"], text_of(kind, 16 * size))
        time_ratio = big[0] / max(small[0], 0.01)
        memory_ratio = big[1] / small[1]
        print(f"{kind:11s} {size / MB:5.3f} MB: {small[0]:6.2f} s {small[1] / 1024:7.1f} MB   "
              f"{16 * size / MB:6.2f} MB: {big[0]:6.2f} s {big[1] / 1024:7.1f} MB   "
              f"ratios: time {time_ratio:5.1f}, memory {memory_ratio:5.1f}")
        if time_ratio > LIMIT or memory_ratio > LIMIT:
            failures.append(kind)
    if "--huge" in sys.argv:
        prose = text_of("news", 100 * MB)
        cpu, peak, _ = measure(mizan, ["extract"], prose)
        print(f"100 MB of news in one document: {cpu:.1f} s, {peak / 1024:.0f} MB peak")
        with tempfile.NamedTemporaryFile() as small:
            small.write(b"64 countries")
            small.flush()
            cpu, peak, _ = measure(mizan, ["compare", small.name], text_of("news", MB // 2))
            print(f"compare of 12 bytes with 0.5 MB: {cpu:.2f} s, {peak / 1024:.0f} MB peak")
    if failures:
        print("superlinear growth: " + ", ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
