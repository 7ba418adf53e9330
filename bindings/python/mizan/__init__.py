"""mizan: find the numeric claims in Arabic and English text and check them for consistency.

    import mizan
    engine = mizan.Engine()                       # build once, share between threads
    for claim in engine.extract("بلغ 68 بلدا و12.5%"):
        print(claim.kind, claim.value, claim.text, claim.start, claim.end)
    report = engine.check(text, facts=mizan.Facts(engine, {...}), published="2022-11-18")
    comparison = engine.compare(english, arabic)

Spans are Python ``str`` indices (code points); the UTF-8 byte offsets the library reports are
kept as ``byte_start``/``byte_end``. Errors raise :class:`MizanError` with the status, the
message and the offset of the problem (both in bytes and as a ``str`` index).

The library is found through ``$MIZAN_LIBRARY``, then next to this package, then the system.
"""
import bisect
import ctypes
import json
import threading
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Union

from . import _native

__all__ = ["Engine", "Facts", "Claim", "Finding", "Span", "Report", "Comparison", "MizanError",
           "library_version"]

_NO_OFFSET = 2**64 - 1
_INVALID_UTF8 = 2


def library_version() -> str:
    """The version of the loaded libmizan, e.g. "1.0.0"."""
    return _native.lib.mizan_version_string().decode()


class MizanError(Exception):
    """A call the library refused: ``status`` (a MIZAN_ERROR_* code), ``message``, and where the
    problem is, as a UTF-8 ``byte_offset`` and as a ``str`` index ``offset`` (None when none
    applies)."""

    def __init__(self, status: int, message: str, byte_offset: Optional[int] = None,
                 offset: Optional[int] = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.byte_offset = byte_offset
        self.offset = offset


class _Offsets:
    """Maps UTF-8 byte offsets of a text to ``str`` indices (to themselves for ``bytes`` and
    ASCII). Each offset is found by decoding from the nearest offset already mapped, so that a
    document's spans, which come in order, cost what decoding the document once costs."""

    def __init__(self, text: Union[str, bytes], data: bytes):
        self._data = data
        self._identity = isinstance(text, bytes) or len(data) == len(text)
        self._bytes = [0]  # mapped byte offsets, sorted, and their str indices
        self._chars = [0]

    def __call__(self, byte_offset: int) -> int:
        data = self._data
        b = min(byte_offset, len(data))
        if self._identity:
            return b
        while 0 < b < len(data) and data[b] & 0xC0 == 0x80:  # inside a character: its start
            b -= 1
        i = bisect.bisect_right(self._bytes, b) - 1
        if self._bytes[i] == b:
            return self._chars[i]
        chars = self._chars[i] + len(data[self._bytes[i]:b].decode("utf-8"))
        self._bytes.insert(i + 1, b)
        self._chars.insert(i + 1, chars)
        return chars


@dataclass(frozen=True)
class Claim:
    """One numeric claim (see README.md, "JSON output", for every field)."""
    kind: str
    text: str
    start: int
    end: int
    byte_start: int
    byte_end: int
    value: Optional[str]
    unit: Optional[str]
    noun: Optional[str]
    noun_key: Optional[str]
    lower: Optional[str]
    upper: Optional[str]
    lower_inclusive: Optional[bool]  # None when that side is unbounded
    upper_inclusive: Optional[bool]
    approx: bool
    qualifier: Optional[str]
    script: Optional[str]
    calendar: Optional[str]
    weekday: Optional[int]
    sentence: int
    too_large: bool
    separator_guessed: bool
    ratio: bool  # "one in five": value is the share (0.2)
    side: str = "source"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    byte_start: int
    byte_end: int
    side: str  # "source" (the document) or "target"


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str  # "info", "warning" or "error"
    message: str
    spans: List[Span]
    expected: Optional[str]
    found: Optional[str]


@dataclass(frozen=True)
class Report:
    """What :meth:`Engine.check` found in one document."""
    claims: List[Claim]
    findings: List[Finding]


@dataclass(frozen=True)
class Comparison:
    """What :meth:`Engine.compare` found between a source and its translation."""
    source_claims: List[Claim]
    target_claims: List[Claim]
    findings: List[Finding]


def _s(value: Optional[bytes]) -> Optional[str]:
    return None if value is None else value.decode("utf-8")


def _raise(status: int, error: _native.Error, offsets: Optional[_Offsets] = None):
    message = error.message.decode("utf-8", "replace") or \
        _native.lib.mizan_status_string(status).decode()
    byte_offset = None if error.offset == _NO_OFFSET else error.offset
    offset = offsets(byte_offset) if (offsets is not None and byte_offset is not None) else None
    raise MizanError(status, message, byte_offset, offset)


def _encode(text: Union[str, bytes]):
    """The UTF-8 bytes to pass and the map back. ``bytes`` go as they are: the library checks
    them. A ``str`` holding a lone surrogate has no UTF-8 form, and fails as the library would."""
    if isinstance(text, (bytes, bytearray, memoryview)):
        data = bytes(text)
        return data, _Offsets(data, data)
    try:
        data = text.encode("utf-8")
        return data, _Offsets(text, data)
    except UnicodeEncodeError as e:
        byte_offset = len(text[:e.start].encode("utf-8"))
        raise MizanError(_INVALID_UTF8, "text is not valid UTF-8 (a lone surrogate)", byte_offset,
                         e.start) from None


def _new_error() -> _native.Error:
    error = _native.Error()
    _native.lib.mizan_error_init(ctypes.byref(error))
    return error


class _Result:
    """Owns a mizan_result and reads it into Python objects."""

    def __init__(self, handle: ctypes.c_void_p):
        self._handle = handle

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        _native.lib.mizan_result_free(self._handle)

    def claims(self, offsets_by_side) -> List[Claim]:
        out = []
        for i in range(_native.lib.mizan_result_claim_count(self._handle)):
            c = _native.Claim()
            _native.lib.mizan_claim_init(ctypes.byref(c))
            _native.lib.mizan_result_claim(self._handle, i, ctypes.byref(c), None)
            side = "target" if c.side == 1 else "source"
            offsets = offsets_by_side[side]
            flags = c.flags
            out.append(Claim(
                kind=_native.lib.mizan_kind_name(c.kind).decode(), text=_s(c.text),
                start=offsets(c.start), end=offsets(c.end), byte_start=c.start, byte_end=c.end,
                value=_s(c.value), unit=_s(c.unit), noun=_s(c.noun), noun_key=_s(c.noun_key),
                lower=_s(c.lower), upper=_s(c.upper),
                lower_inclusive=None if c.lower is None else bool(flags & _native.CLAIM_LOWER_INCLUSIVE),
                upper_inclusive=None if c.upper is None else bool(flags & _native.CLAIM_UPPER_INCLUSIVE),
                approx=bool(flags & _native.CLAIM_APPROX), qualifier=_s(c.qualifier),
                script=_s(c.script), calendar=_s(c.calendar), weekday=c.weekday or None,
                sentence=c.sentence, too_large=bool(flags & _native.CLAIM_TOO_LARGE),
                separator_guessed=bool(flags & _native.CLAIM_SEPARATOR_GUESSED),
                ratio=bool(flags & _native.CLAIM_RATIO), side=side))
        return out

    def findings(self, offsets_by_side) -> List[Finding]:
        out = []
        for i in range(_native.lib.mizan_result_finding_count(self._handle)):
            f = _native.Finding()
            _native.lib.mizan_finding_init(ctypes.byref(f))
            _native.lib.mizan_result_finding(self._handle, i, ctypes.byref(f), None)
            spans = []
            for k in range(f.span_count):
                s = f.spans[k]
                side = "target" if s.side == 1 else "source"
                offsets = offsets_by_side[side]
                spans.append(Span(offsets(s.start), offsets(s.end), s.start, s.end, side))
            out.append(Finding(code=f.code.decode(),
                               severity=_native.lib.mizan_severity_name(f.severity).decode(),
                               message=f.message.decode("utf-8"), spans=spans,
                               expected=_s(f.expected), found=_s(f.found)))
        return out

    def json(self, flags: int = 0) -> str:
        out = ctypes.c_char_p()
        length = ctypes.c_size_t()
        _native.lib.mizan_result_json(self._handle, flags, ctypes.byref(out), ctypes.byref(length), None)
        return ctypes.string_at(out, length.value).decode("utf-8")


class Facts:
    """Reference facts (README.md, "Facts"), loaded once and shared by threads. ``source`` is a
    JSON string, or a dict or list that is serialized to it."""

    def __init__(self, engine: "Engine", source: Union[str, bytes, Dict, List]):
        if isinstance(source, (dict, list)):
            source = json.dumps(source, ensure_ascii=False)
        data, offsets = _encode(source)
        handle = ctypes.c_void_p()
        error = _new_error()
        status = _native.lib.mizan_facts_load(engine._handle, data, len(data), ctypes.byref(handle),
                                              ctypes.byref(error))
        if status != _native.OK:
            _raise(status, error, offsets)
        self._handle = handle

    def __del__(self):
        handle = getattr(self, "_handle", None)
        if handle:
            _native.lib.mizan_facts_free(handle)
            self._handle = None


class Engine:
    """The compiled lexicons and scanners, built once. Immutable: share one between threads
    (ctypes releases the GIL during calls). Options given here apply to every call; those given
    to a call override them for that call.

    ``dollar_currency``: the ISO 4217 code of a bare "$" or "دولار" (default USD).
    ``checks``: which checks run and how severe, e.g. "compare.extra=off, style.*=off".
    ``published``: the publication date, "YYYY-MM-DD", for the time checks.
    ``max_input_bytes``: longer inputs are refused (default 1 GiB).
    """

    def __init__(self, dollar_currency: Optional[str] = None, checks: Optional[str] = None,
                 published: Optional[str] = None, max_input_bytes: int = 0):
        handle = ctypes.c_void_p()
        error = _new_error()
        status = _native.lib.mizan_engine_new(0, ctypes.byref(handle), ctypes.byref(error))
        if status != _native.OK:
            _raise(status, error)
        self._handle = handle
        self._defaults = dict(dollar_currency=dollar_currency, checks=checks, published=published,
                              max_input_bytes=max_input_bytes)

    def __del__(self):
        handle = getattr(self, "_handle", None)
        if handle:
            _native.lib.mizan_engine_free(handle)
            self._handle = None

    def _options(self, **overrides):
        settings = dict(self._defaults)
        settings.update({k: v for k, v in overrides.items() if v is not None})
        options = _native.Options()
        _native.lib.mizan_options_init(ctypes.byref(options))
        options.max_input_bytes = settings["max_input_bytes"] or 0
        # Keep the encoded strings alive for the call: ctypes holds only pointers.
        keep = {k: (settings[k].encode() if settings[k] else None)
                for k in ("dollar_currency", "published", "checks")}
        options.dollar_currency = keep["dollar_currency"]
        options.published = keep["published"]
        options.checks = keep["checks"]
        return options, keep

    def extract(self, text: Union[str, bytes], **options) -> List[Claim]:
        """Every numeric claim of ``text``, in order of position."""
        data, offsets = _encode(text)
        opts, _keep = self._options(**options)
        handle, error = ctypes.c_void_p(), _new_error()
        status = _native.lib.mizan_extract(self._handle, data, len(data), ctypes.byref(opts),
                                           ctypes.byref(handle), ctypes.byref(error))
        if status != _native.OK:
            _raise(status, error, offsets)
        with _Result(handle) as result:
            return result.claims({"source": offsets, "target": offsets})

    def check(self, text: Union[str, bytes], facts: Optional[Facts] = None, **options) -> Report:
        """The claims of one document and what the document checks (and ``facts``) find."""
        data, offsets = _encode(text)
        opts, _keep = self._options(**options)
        handle, error = ctypes.c_void_p(), _new_error()
        status = _native.lib.mizan_check(self._handle, data, len(data), ctypes.byref(opts),
                                         facts._handle if facts else None, ctypes.byref(handle),
                                         ctypes.byref(error))
        if status != _native.OK:
            _raise(status, error, offsets)
        sides = {"source": offsets, "target": offsets}
        with _Result(handle) as result:
            return Report(result.claims(sides), result.findings(sides))

    def compare(self, source: Union[str, bytes], target: Union[str, bytes],
                **options) -> Comparison:
        """What differs between a source and its translation."""
        (a, source_offsets), (b, target_offsets) = _encode(source), _encode(target)
        opts, _keep = self._options(**options)
        handle, error = ctypes.c_void_p(), _new_error()
        status = _native.lib.mizan_compare(self._handle, a, len(a), b, len(b), ctypes.byref(opts),
                                           ctypes.byref(handle), ctypes.byref(error))
        sides = {"source": source_offsets, "target": target_offsets}
        if status != _native.OK:
            message = error.message.decode("utf-8", "replace")
            _raise(status, error, sides["target" if message.startswith("target") else "source"])
        with _Result(handle) as result:
            claims = result.claims(sides)
            return Comparison([c for c in claims if c.side == "source"],
                              [c for c in claims if c.side == "target"], result.findings(sides))
