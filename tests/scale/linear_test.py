"""Time and peak memory grow linearly with the input, on ordinary and on hostile text.

For each kind of text, `mizan check` runs on a size and on 16 times that size; the test fails
when the larger run costs more than 48 times the CPU time or the peak memory of the smaller
(16 times is linear, 256 quadratic; the rest is room for the noise of a shared machine). Prose runs at 1 and 16 MB; the hostile kinds,
where nearly every byte is part of a claim, at 128 KB and 2 MB (2 MB of "1," is a million
separators in a row; of "5 ", a million claims). Then one document of 100 MB (prose with a
number in every sentence). A 12-byte text compared with 128 KB and with 2 MB of news must
grow linearly too (an unmatched claim once cost a walk over the whole other text). With --huge, also 100 MB of
dense news text (about 4.6 GB of memory).

Usage: linear_test.py PATH_TO_MIZAN [--huge]
"""
import os
import resource
import subprocess
import sys
import tempfile
import time

MB = 1 << 20
LIMIT = 48

# kind: (repeated text, the smaller size)
KINDS = {
    "news": "أعلنت الوزارة أن الصادرات بلغت ١٬٨٥٠٬٠٠٠ طن بزيادة ١٢٫٥٪ يوم الاثنين 3 مارس 2025، "
            "وأن 64 دولة استوردت ما قيمته 1.2 مليار دولار. Exports rose 12.5% to 1.85m tonnes.\n",
    "separators": "1,",
    "claims": "5 ",
    "words": "ثلاثة آلاف وخمسمائة وستة وعشرون ",
    "digits": "7",
}
PROSE = "كتب المراسل تقريرا طويلا عن السوق والاقتصاد والناس في المدينة القديمة، وعن 3 أسواق. "
SMALL = {"news": MB, "separators": MB // 8, "claims": MB // 8, "words": MB // 8, "digits": MB}


def text_of(kind, size):
    unit = (PROSE if kind == "prose" else KINDS[kind]).encode("utf-8")
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
    cpu, peak, _ = measure(mizan, ["check"], text_of("prose", 100 * MB))
    print(f"100 MB of prose in one document: {cpu:.1f} s, {peak / 1024:.0f} MB peak")
    with tempfile.NamedTemporaryFile() as small:
        small.write(b"64 countries")
        small.flush()
        runs = [measure(mizan, ["compare", small.name], text_of("news", size))
                for size in (MB // 8, 2 * MB)]
        ratio = runs[1][0] / max(runs[0][0], 0.01)
        print(f"compare of 12 bytes with 0.125 MB: {runs[0][0]:.2f} s, with 2 MB: "
              f"{runs[1][0]:.2f} s, {runs[1][1] / 1024:.0f} MB peak; ratio: time {ratio:.1f}")
        if ratio > LIMIT:
            failures.append("compare")
    if "--huge" in sys.argv:
        cpu, peak, _ = measure(mizan, ["extract"], text_of("news", 100 * MB))
        print(f"100 MB of news in one document: {cpu:.1f} s, {peak / 1024:.0f} MB peak")
    if failures:
        print("superlinear growth: " + ", ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
