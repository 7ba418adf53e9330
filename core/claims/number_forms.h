// Numbers written in forms that a candidate alone does not show, read once the candidate's
// number is known: each reader looks at the text around it and, where the form is there,
// changes the number and how far it reaches; elsewhere it leaves everything as it was.
#ifndef MIZAN_CORE_CLAIMS_NUMBER_FORMS_H_
#define MIZAN_CORE_CLAIMS_NUMBER_FORMS_H_

#include <cstddef>
#include <string_view>

#include "core/claims/claim.h"
#include "core/claims/mention.h"
#include "core/engine.h"
#include "core/numerals/word_number.h"
#include "core/text/normalized_text.h"

namespace mizan::claims {

// A fraction in digits where nothing else can be meant: a whole number and a proper fraction
// ("10 1/2"), or a fraction before a unit or "of"/"من" ("3/4 كوب", "1/4 mile"). A slash
// between two numbers alone is left alone: it is as often a date ("1/4" is the first of April).
void ReadDigitFraction(const Engine& engine, std::string_view text, Mention* m);

// "5 فاصل 7", "1 فاصلة 25": digits, the word of the decimal point, and the digits after it,
// as a decimal is read aloud and sometimes typed so (5.7, 1.25).
void ReadPointWord(const Engine& engine, std::string_view text, Mention* m);

// A number in scientific notation: "1e10", "12.32e+14", "6.23x10^-4", "1.3 × 10^6". The
// exponent has one or two digits and ends the token ("5e" and "3e10th" are no numbers).
void ReadPowerOfTen(std::string_view text, Mention* m);

// "ستة وثمانية وثمانون من مئة" is 6.88: a decimal read aloud (the whole number, "و", the digits
// after the point as a number, "من" and the power of ten they are parts of), where the second
// number cannot continue the first and no noun follows ("ثلاثة من عشرة لاعبين" is a count).
void ReadSpokenDecimal(const Engine& engine, std::string_view text, numerals::WordNumber* n);

// "الخُمسين" is two fifths, "خُمس" a fifth: a word of fraction_homographs.tsv with a damma on
// its first letter in the input (which normalization drops) is the fraction, and the duals
// spelled as the tens are fractions only so.
void ReadMarkedFraction(const Engine& engine, const text::NormalizedText& normalized,
                        numerals::WordNumber* n);

// "خمس الناخبين" is a fifth of the voters, "خمس قيمته" a fifth of its value: a cardinal of
// fraction_homographs.tsv alone before a noun the article or an owner's suffix makes definite;
// "خمس سنوات" stays five.
void ReadFractionBeforeDefinite(const Engine& engine, const text::NormalizedText& normalized,
                                numerals::WordNumber* n);

// "minus 5", "سالب 3", "5 درجات تحت الصفر": an exact positive value made negative, the sign
// word taken into the claim's span. `floor` is where the claim before it ends.
void ReadSignWord(const Engine& engine, const text::NormalizedText& normalized, size_t floor,
                  Claim* claim);

// "plus or minus three points", "زائد أو ناقص ثلاث نقاط": a margin both ways (sign_words.tsv
// "margin") ending in the minus word the number words began with; the number is read without it.
void DropAMarginsMinus(const Engine& engine, std::string_view text, numerals::WordNumber* n);

// The exact value of `claim` with its sign turned.
void Negate(Claim* claim);

}  // namespace mizan::claims

#endif  // MIZAN_CORE_CLAIMS_NUMBER_FORMS_H_
