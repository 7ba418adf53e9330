"""Tests of the Python binding: every call, errors, offsets, threads, and Dask."""
import concurrent.futures

import pytest

import mizan


@pytest.fixture(scope="module")
def engine():
    return mizan.Engine()


def test_version():
    assert mizan.library_version().startswith("1.")


def test_extract_claims_with_str_offsets(engine):
    text = "ارتفع الإنتاج ١٢٫٥٪ إلى 31,000 طن"
    claims = engine.extract(text)
    assert [(c.kind, c.value, c.unit) for c in claims] == [("percent", "12.5", "percent"),
                                                             ("quantity", "31000", "t")]
    for c in claims:
        assert text[c.start:c.end] == c.text
        assert text.encode()[c.byte_start:c.byte_end].decode() == c.text
    assert claims[0].script == "arabic-indic"
    assert claims[1].lower == "31000" and claims[1].lower_inclusive


def test_offsets_after_emoji(engine):
    text = "😀😀 بلغ 68 بلدا"
    claim = engine.extract(text)[0]
    assert text[claim.start:claim.end] == "68 بلدا"
    assert claim.byte_start == len("😀😀 بلغ ".encode())


def test_check_with_facts_and_publication_date(engine):
    facts = mizan.Facts(engine, {"facts": [
        {"id": "launch", "kind": "year", "value": 2011, "cues": ["launched"]}]})
    report = engine.check("The database was launched 13 years ago.", facts=facts,
                          published="2022-11-18")
    assert [f.code for f in report.findings] == ["fact.contradiction"]
    assert report.findings[0].severity == "error"
    span = report.findings[0].spans[0]
    assert "13 years ago" in "The database was launched 13 years ago."[span.start:span.end]
    assert engine.check("It was launched 13 years ago.", facts=facts).findings == []  # no date


def test_check_options(engine):
    text = "الاثنين 18 نوفمبر 2022"
    assert [f.code for f in engine.check(text).findings] == ["date.weekday_mismatch"]
    assert engine.check(text, checks="date.*=off").findings == []
    quiet = mizan.Engine(checks="date.weekday_mismatch=off")
    assert quiet.check(text).findings == []


def test_compare(engine):
    result = engine.compare("Revenue was $1,127 on Thursday.", "بلغت الإيرادات 1197 دولارا يوم الثلاثاء.")
    codes = sorted(f.code for f in result.findings)
    assert codes == ["compare.date_mismatch", "compare.value_mismatch"]
    value = [f for f in result.findings if f.code == "compare.value_mismatch"][0]
    sides = {s.side: s for s in value.spans}
    assert "1197" in "بلغت الإيرادات 1197 دولارا يوم الثلاثاء."[sides["target"].start:sides["target"].end]
    assert all(c.side == "target" for c in result.target_claims)


def test_errors_carry_status_and_offsets(engine):
    with pytest.raises(mizan.MizanError) as e:
        mizan.Facts(engine, '{"facts": [')
    assert e.value.status == 9
    assert e.value.byte_offset is not None
    with pytest.raises(mizan.MizanError) as e:
        engine.check("x", published="yesterday")
    assert e.value.status == 1
    with pytest.raises(mizan.MizanError) as e:
        engine.check("x", checks="no.such=off")
    assert "no.such" in e.value.message
    with pytest.raises(mizan.MizanError) as e:
        engine.extract("123", max_input_bytes=2)
    assert e.value.status == 3


def test_dollar_option(engine):
    assert engine.extract("paid $40")[0].unit == "USD"
    assert engine.extract("paid $40", dollar_currency="CAD")[0].unit == "CAD"


def test_eight_threads_share_one_engine(engine):
    text = "ارتفع ١٢٫٥٪ إلى 31,000 طن في 2022 يوم الجمعة 18 نوفمبر 2022"
    expected = [c.value for c in engine.extract(text)]

    def work(_):
        return all([c.value for c in engine.extract(text)] == expected for _ in range(50))

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        assert all(pool.map(work, range(8)))


def test_dask_on_a_local_cluster():
    dask = pytest.importorskip("dask")
    distributed = pytest.importorskip("distributed")
    import dask.bag as db
    from mizan.dask import check_bag

    articles = ["الاثنين 18 نوفمبر 2022", "بلغ 68 بلدا", "on Monday, November 18, 2022"] * 4
    with distributed.LocalCluster(n_workers=2, threads_per_worker=2, host="127.0.0.1",
                                  processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        results = check_bag(db.from_sequence(articles, npartitions=4)).compute()
    assert [[f.code for f in fs] for fs in results] == [["date.weekday_mismatch"], [],
                                                       ["date.weekday_mismatch"]] * 4


def test_bytes_and_bad_text(engine):
    claim = engine.extract("بلغ 68 بلدا".encode())[0]
    assert (claim.start, claim.end) == (claim.byte_start, claim.byte_end) == (7, 18)
    with pytest.raises(mizan.MizanError) as e:
        engine.extract(b"12 \xff 34")
    assert (e.value.status, e.value.byte_offset, e.value.offset) == (2, 3, 3)
    with pytest.raises(mizan.MizanError) as e:
        engine.check("بلغ \ud800 68")
    assert (e.value.status, e.value.byte_offset, e.value.offset) == (2, 7, 4)
