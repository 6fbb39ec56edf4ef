#pragma once

#include <QByteArrayView>

namespace Botdeck::Xmpp {

// Checks that bytes arriving in chunks are UTF-8 (RFC 3629: no overlong
// forms, no surrogates, nothing past U+10FFFF) and counts the UTF-16 units
// they decode to, without decoding: the stream parser's size limit counts
// what the XML reader will hold, and the reader itself would quietly turn
// bad bytes into U+FFFD. A character split between chunks is checked when
// its last byte comes.
class Utf8Validator
{
public:
    // The UTF-16 units of the characters data completes; -1 at the first
    // byte that cannot be UTF-8, and for every chunk after it.
    qint64 feed(QByteArrayView data);
    bool hasError() const { return m_error; }
    void reset() { *this = Utf8Validator(); }

private:
    char32_t m_codePoint = 0;
    int m_pending = 0; // continuation bytes still expected
    int m_length = 0;  // bytes of the character being read
    bool m_error = false;
};

} // namespace Botdeck::Xmpp
