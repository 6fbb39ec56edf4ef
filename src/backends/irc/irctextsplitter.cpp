#include "irctextsplitter.h"

#include "irccodec.h"

namespace Botdeck::Irc::IrcTextSplitter {

namespace {

// RFC 2812 leaves user and host length to the server; these are what the
// common servers allow, so guessing them never overflows a line.
constexpr int LongestUser = 10;
constexpr int LongestHost = 63;

void splitLine(const QByteArray &line, int maxBytes, QStringList &pieces)
{
    qsizetype start = 0;
    while (start < line.size()) {
        if (line.size() - start <= maxBytes) {
            pieces.append(QString::fromUtf8(line.constData() + start, line.size() - start));
            return;
        }
        qsizetype cut = start + maxBytes;
        // Never inside a UTF-8 sequence: back off continuation bytes.
        while (cut > start && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        qsizetype space = -1;
        for (qsizetype i = cut; i > start; --i) {
            if (line.at(i) == ' ') {
                space = i;
                break;
            }
        }
        qsizetype next = cut;
        if (space > start) {
            cut = space;
            next = space + 1;
        }
        if (cut == start) // a single character wider than the budget
            cut = next = start + 1;
        pieces.append(QString::fromUtf8(line.constData() + start, cut - start));
        start = next;
    }
}

} // namespace

int textBudget(const QString &command, const QString &target, const QString &nick, const QString &user,
               const QString &host, int extraBytes)
{
    const qsizetype prefix = 1 + nick.toUtf8().size() + 1 + (user.isEmpty() ? LongestUser : user.toUtf8().size()) + 1
        + (host.isEmpty() ? LongestHost : host.toUtf8().size()) + 1;
    const qsizetype line = command.size() + 1 + target.toUtf8().size() + 2;
    return int(IrcCodec::MaxLineBytes - 2 - prefix - line - extraBytes);
}

QStringList split(const QString &text, int maxBytes)
{
    maxBytes = qMax(maxBytes, 4);
    QStringList pieces;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        line.remove(QLatin1Char('\r'));
        line.remove(QChar(0));
        if (line.isEmpty())
            continue;
        splitLine(line.toUtf8(), maxBytes, pieces);
    }
    return pieces;
}

} // namespace Botdeck::Irc::IrcTextSplitter
