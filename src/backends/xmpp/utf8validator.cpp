#include "utf8validator.h"

namespace Botdeck::Xmpp {

qint64 Utf8Validator::feed(QByteArrayView data)
{
    if (m_error)
        return -1;
    qint64 units = 0;
    for (const char c : data) {
        const auto byte = static_cast<unsigned char>(c);
        if (m_pending == 0) {
            if (byte < 0x80) {
                ++units;
                continue;
            }
            // C0 and C1 could only start overlong forms; F5 and above
            // only code points past U+10FFFF.
            if (byte >= 0xC2 && byte <= 0xDF)
                m_pending = 1, m_codePoint = byte & 0x1F;
            else if (byte >= 0xE0 && byte <= 0xEF)
                m_pending = 2, m_codePoint = byte & 0x0F;
            else if (byte >= 0xF0 && byte <= 0xF4)
                m_pending = 3, m_codePoint = byte & 0x07;
            else
                return m_error = true, -1;
            m_length = m_pending + 1;
            continue;
        }
        if ((byte & 0xC0) != 0x80)
            return m_error = true, -1;
        m_codePoint = (m_codePoint << 6) | (byte & 0x3F);
        if (--m_pending > 0)
            continue;
        const bool overlong = (m_length == 3 && m_codePoint < 0x800) || (m_length == 4 && m_codePoint < 0x10000);
        const bool surrogate = m_codePoint >= 0xD800 && m_codePoint <= 0xDFFF;
        if (overlong || surrogate || m_codePoint > 0x10FFFF)
            return m_error = true, -1;
        units += m_length == 4 ? 2 : 1;
    }
    return units;
}

} // namespace Botdeck::Xmpp
