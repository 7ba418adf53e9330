"""The C ABI of libmizan, as ctypes sees it: structs, prototypes, and finding the library."""
import ctypes
import ctypes.util
import os

MAJOR = 1

OK = 0
JSON_LINES = 0x1
JSON_FINDING_LINES = 0x2


class Error(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("code", ctypes.c_int32),
                ("offset", ctypes.c_uint64), ("message", ctypes.c_char * 256)]


class Options(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("flags", ctypes.c_uint32),
                ("max_input_bytes", ctypes.c_uint64), ("dollar_currency", ctypes.c_char_p),
                ("published", ctypes.c_char_p), ("checks", ctypes.c_char_p)]


class Claim(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("kind", ctypes.c_uint32),
                ("flags", ctypes.c_uint32), ("sentence", ctypes.c_uint32),
                ("start", ctypes.c_uint64), ("end", ctypes.c_uint64),
                ("text", ctypes.c_char_p), ("value", ctypes.c_char_p), ("unit", ctypes.c_char_p),
                ("noun", ctypes.c_char_p), ("noun_key", ctypes.c_char_p),
                ("lower", ctypes.c_char_p), ("upper", ctypes.c_char_p),
                ("qualifier", ctypes.c_char_p), ("script", ctypes.c_char_p),
                ("calendar", ctypes.c_char_p), ("weekday", ctypes.c_uint32),
                ("side", ctypes.c_uint32)]


class Span(ctypes.Structure):
    _fields_ = [("start", ctypes.c_uint64), ("end", ctypes.c_uint64), ("side", ctypes.c_uint32),
                ("reserved", ctypes.c_uint32)]


class Finding(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("severity", ctypes.c_uint32),
                ("code", ctypes.c_char_p), ("message", ctypes.c_char_p),
                ("expected", ctypes.c_char_p), ("found", ctypes.c_char_p),
                ("spans", ctypes.POINTER(Span)), ("span_count", ctypes.c_size_t)]


CLAIM_LOWER_INCLUSIVE = 0x1
CLAIM_UPPER_INCLUSIVE = 0x2
CLAIM_APPROX = 0x4
CLAIM_TOO_LARGE = 0x8
CLAIM_SEPARATOR_GUESSED = 0x10
CLAIM_RATIO = 0x20


def _candidates():
    """Where to look for the library, in order: $MIZAN_LIBRARY, next to this package, the
    system's loader path."""
    env = os.environ.get("MIZAN_LIBRARY")
    if env:
        yield env
    here = os.path.dirname(os.path.abspath(__file__))
    for name in ("libmizan.so.1", "libmizan.so"):
        path = os.path.join(here, name)
        if os.path.exists(path):
            yield path
    found = ctypes.util.find_library("mizan")
    if found:
        yield found
    yield "libmizan.so.1"


def _load():
    errors = []
    for path in _candidates():
        try:
            lib = ctypes.CDLL(path)
        except OSError as e:
            errors.append(f"{path}: {e}")
            continue
        _declare(lib)
        number = lib.mizan_version_number()
        if number // 10000 != MAJOR:
            raise ImportError(f"{path} is libmizan {number // 10000}.x; this package needs {MAJOR}.x")
        return lib
    raise ImportError("libmizan not found; set MIZAN_LIBRARY to its path (" + "; ".join(errors) + ")")


def _declare(lib):
    P = ctypes.POINTER
    lib.mizan_version_number.restype = ctypes.c_uint32
    lib.mizan_version_string.restype = ctypes.c_char_p
    lib.mizan_status_string.restype = ctypes.c_char_p
    lib.mizan_status_string.argtypes = [ctypes.c_int32]
    lib.mizan_kind_name.restype = ctypes.c_char_p
    lib.mizan_kind_name.argtypes = [ctypes.c_uint32]
    lib.mizan_severity_name.restype = ctypes.c_char_p
    lib.mizan_severity_name.argtypes = [ctypes.c_uint32]
    lib.mizan_error_init.argtypes = [P(Error)]
    lib.mizan_options_init.argtypes = [P(Options)]
    lib.mizan_claim_init.argtypes = [P(Claim)]
    lib.mizan_finding_init.argtypes = [P(Finding)]
    lib.mizan_engine_new.restype = ctypes.c_int32
    lib.mizan_engine_new.argtypes = [ctypes.c_uint32, P(ctypes.c_void_p), P(Error)]
    lib.mizan_engine_free.argtypes = [ctypes.c_void_p]
    lib.mizan_extract.restype = ctypes.c_int32
    lib.mizan_extract.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, P(Options),
                                  P(ctypes.c_void_p), P(Error)]
    lib.mizan_check.restype = ctypes.c_int32
    lib.mizan_check.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, P(Options),
                                ctypes.c_void_p, P(ctypes.c_void_p), P(Error)]
    lib.mizan_compare.restype = ctypes.c_int32
    lib.mizan_compare.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p,
                                  ctypes.c_size_t, P(Options), P(ctypes.c_void_p), P(Error)]
    lib.mizan_facts_load.restype = ctypes.c_int32
    lib.mizan_facts_load.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t,
                                     P(ctypes.c_void_p), P(Error)]
    lib.mizan_facts_free.argtypes = [ctypes.c_void_p]
    lib.mizan_result_free.argtypes = [ctypes.c_void_p]
    lib.mizan_result_claim_count.restype = ctypes.c_size_t
    lib.mizan_result_claim_count.argtypes = [ctypes.c_void_p]
    lib.mizan_result_claim.restype = ctypes.c_int32
    lib.mizan_result_claim.argtypes = [ctypes.c_void_p, ctypes.c_size_t, P(Claim), P(Error)]
    lib.mizan_result_finding_count.restype = ctypes.c_size_t
    lib.mizan_result_finding_count.argtypes = [ctypes.c_void_p]
    lib.mizan_result_finding.restype = ctypes.c_int32
    lib.mizan_result_finding.argtypes = [ctypes.c_void_p, ctypes.c_size_t, P(Finding), P(Error)]
    lib.mizan_result_json.restype = ctypes.c_int32
    lib.mizan_result_json.argtypes = [ctypes.c_void_p, ctypes.c_uint32, P(ctypes.c_char_p),
                                      P(ctypes.c_size_t), P(Error)]


lib = _load()
