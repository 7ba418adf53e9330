"""What the evaluation scripts share: their command line, where ../shared keeps the material,
and how the news corpus and the hand reviews are read."""
import argparse
import json
import os
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# The real English-Arabic translations of ../shared/eval/parallel/, one TSV each.
PARALLEL_FILES = ["ntrex128_newstest2019", "tico19_en_ar", "tatoeba_anki_ara_eng"]


def arg_parser(doc):
    """A parser with --mizan and --shared, described by the first line of `doc`."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("--mizan", required=True)
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    return parser


def news_path(shared):
    return os.path.join(shared, "eval", "news", "antcorpus_economy_international.txt")


def news_or_skip(shared):
    """The articles of the news corpus, or None after saying why the script skips."""
    path = news_path(shared)
    if not os.path.exists(path):
        print(f"SKIP: {path} not found; the corpus comes with ../shared")
        return None
    return news_articles(path)


def news_articles(path):
    """The articles of the news corpus: blocks apart by a blank line, headline first."""
    with open(path, encoding="utf-8") as f:
        blocks = f.read().split("\n\n")
    return [b.strip("\n") for b in blocks if b.strip()]


def one_per_line(articles):
    """One article per line, for --lines: the headline and the body stay apart as two
    paragraphs (a paragraph separator between them)."""
    return [a.replace("\n", " \u2029 ") for a in articles]


def translation_sentences(shared, column):
    """One side of every pair of the real translations, each sentence a document."""
    sentences = []
    for name in PARALLEL_FILES:
        path = os.path.join(shared, "eval", "parallel", name + ".tsv")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if len(cols) > column and cols[column].strip():
                    sentences.append(cols[column])
    return sentences


def review_rows(path):
    """The first three columns of every row of a hand-review TSV (comments and blanks left out)."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")[:3]


def check_lines(mizan, lines, published=None):
    """The findings of `mizan check --lines` over `lines`, each a document (with a publication
    date for all of them when given), as dicts."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as tmp:
        tmp.write("\n".join(lines) + "\n")
    try:
        command = [mizan, "check", "--lines", tmp.name]
        if published:
            command += ["--published", published]
        out = subprocess.run(command, capture_output=True, check=True)
    finally:
        os.unlink(tmp.name)
    return [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]


def false_alarm_summary(verdicts, documents, what, per, check):
    """Prints the errors and warnings by verdict over `documents` (named `what`), with the
    false alarms (unreviewed count as false) per `per` of them; returns the exit code, 1 when
    `check` and there is more than one false alarm per `per`."""
    false_alarms = verdicts["false"] + verdicts["unreviewed"]
    rate = per * false_alarms / documents
    print(f"{documents} {what}: {sum(verdicts.values())} errors and warnings, {verdicts['true']} "
          f"true, {false_alarms} false ({rate:.2f} per {per} {what}; unreviewed count as false)")
    if check and rate > 1:
        print(f"FAIL: more than one false alarm per {per} {what}")
        return 1
    return 0


def reach_main(doc, code, sites, slip, what_sites, what_slip):
    """The command of a reach script: puts a slip into every place of the news corpus that has
    its shape and counts the findings of `code` then, beside those of the articles as written. `sites(article)` is how many such places an article has; `slip(article)` is
    the article with its slips, or None where it has none. With --minimum, exits 1 when the
    reach falls below it. Returns the exit status."""
    parser = arg_parser(doc)
    parser.add_argument("--minimum", type=int)
    args = parser.parse_args()
    articles = news_or_skip(args.shared)
    if articles is None:
        return 0
    pairs = [(a, slip(a)) for a in articles]
    pairs = [(a, s) for a, s in pairs if s is not None]

    def flagged(texts):
        findings = check_lines(args.mizan, one_per_line(texts))
        return sum(1 for f in findings if f["code"] == code)

    as_written = flagged([a for a, _ in pairs])
    after = flagged([s for _, s in pairs])
    print(f"{len(articles)} articles, {sum(sites(a) for a in articles)} {what_sites}")
    print(f"{code} as written: {as_written}; {what_slip}: {after} (the check's reach)")
    if args.minimum is not None and after < args.minimum:
        print(f"FAIL: a reach below {args.minimum}")
        return 1
    return 0
