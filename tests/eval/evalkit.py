"""What the evaluation scripts share: their command line, where ../shared keeps the material,
and how the news corpus and the hand reviews are read."""
import argparse
import os

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


def news_articles(path):
    """The articles of the news corpus: blocks apart by a blank line, headline first."""
    with open(path, encoding="utf-8") as f:
        blocks = f.read().split("\n\n")
    return [b.strip("\n") for b in blocks if b.strip()]


def one_per_line(articles):
    """One article per line, for --lines: the headline and the body stay apart as two
    paragraphs (a paragraph separator between them)."""
    return [a.replace("\n", " \u2029 ") for a in articles]


def review_rows(path):
    """The first three columns of every row of a hand-review TSV (comments and blanks left out)."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")[:3]
