#include "irccodec.h"

#include <QCoreApplication>

namespace Botdeck::Irc::IrcCodec {

namespace {

// Tr::tr() looks strings up under the context lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Botdeck::Irc::IrcCodec)
};

QStringView nextToken(QStringView &rest)
{
    const qsizetype space = rest.indexOf(QLatin1Char(' '));
    const QStringView token = space < 0 ? rest : rest.left(space);
    rest = space < 0 ? QStringView() : rest.mid(space + 1);
    return token;
}

void skipSpaces(QStringView &rest)
{
    qsizetype i = 0;
    while (i < rest.size() && rest.at(i) == QLatin1Char(' '))
        ++i;
    rest = rest.mid(i);
}

void parseTags(QStringView text, QMap<QString, QString> &tags)
{
    while (!text.isEmpty()) {
        const qsizetype semicolon = text.indexOf(QLatin1Char(';'));
        const QStringView tag = semicolon < 0 ? text : text.left(semicolon);
        text = semicolon < 0 ? QStringView() : text.mid(semicolon + 1);
        if (tag.isEmpty())
            continue;
        const qsizetype equals = tag.indexOf(QLatin1Char('='));
        if (equals < 0)
            tags.insert(tag.toString(), QString());
        else if (equals > 0)
            tags.insert(tag.left(equals).toString(), unescapeTagValue(tag.mid(equals + 1)));
    }
}

bool needsTagEscaping(QStringView value)
{
    for (QChar c : value) {
        const char16_t u = c.unicode();
        if (u == ';' || u == ' ' || u == '\\' || u == '\r' || u == '\n')
            return true;
    }
    return false;
}

bool hasLineBreakOrNul(QStringView text)
{
    for (QChar c : text) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c == QChar(0))
            return true;
    }
    return false;
}

} // namespace

bool isValidUtf8(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const auto *end = p + data.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length;
        char32_t minimum;
        char32_t code;
        if ((c & 0xE0) == 0xC0) {
            length = 2, minimum = 0x80, code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, minimum = 0x800, code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, minimum = 0x10000, code = c & 0x07;
        } else {
            return false;
        }
        if (end - p < length)
            return false;
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        p += length;
    }
    return true;
}

namespace {

// RFC 2812: a command is one or more letters, or a three-digit numeric.
bool isValidCommand(QStringView command)
{
    const auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    if (command.size() == 3 && std::all_of(command.begin(), command.end(), isDigit))
        return true;
    return std::all_of(command.begin(), command.end(),
                       [](QChar c) { return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z'); });
}

} // namespace

QString decode(QByteArrayView data, Fallback fallback)
{
    if (isValidUtf8(data))
        return QString::fromUtf8(data);
    if (fallback == Fallback::Latin1)
        return QString::fromLatin1(data);
    return QString::fromUtf8(data); // U+FFFD for each bad sequence
}

Result<IrcMessage> parse(QByteArrayView line, Fallback fallback)
{
    using R = Result<IrcMessage>;
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.size() > MaxInputBytes)
        return R::failure(Tr::tr("line too long (%1 bytes; at most %2)").arg(line.size()).arg(MaxInputBytes));
    if (line.contains('\0'))
        return R::failure(Tr::tr("line contains a NUL byte"));
    const QString text = decode(line, fallback);
    QStringView rest(text);
    skipSpaces(rest);
    if (rest.isEmpty())
        return R::failure(Tr::tr("empty line"));

    IrcMessage message;
    if (rest.startsWith(QLatin1Char('@'))) {
        const QStringView tags = nextToken(rest).mid(1);
        if (tags.size() + 2 > MaxTagBytes)
            return R::failure(Tr::tr("message tags too long"));
        parseTags(tags, message.tags);
        skipSpaces(rest);
    }
    if (rest.startsWith(QLatin1Char(':'))) {
        message.source = nextToken(rest).mid(1).toString();
        if (message.source.isEmpty())
            return R::failure(Tr::tr("line has an empty source"));
        skipSpaces(rest);
    }
    message.command = nextToken(rest).toString();
    if (message.command.isEmpty())
        return R::failure(Tr::tr("line has no command"));
    if (!isValidCommand(message.command))
        return R::failure(Tr::tr("\"%1\" is not a command: a command is letters or a three-digit number")
                              .arg(message.command.left(32)));
    for (;;) {
        skipSpaces(rest);
        if (rest.isEmpty())
            break;
        if (rest.startsWith(QLatin1Char(':'))) {
            message.params.append(rest.mid(1).toString());
            break;
        }
        message.params.append(nextToken(rest).toString());
    }
    return message;
}

Result<QByteArray> serialize(const IrcMessage &message)
{
    using R = Result<QByteArray>;
    if (message.command.isEmpty() || !isValidCommand(message.command))
        return R::failure(Tr::tr("invalid command \"%1\"").arg(message.command.left(32)));
    QString text;
    text.reserve(64 + message.command.size() + message.params.size() * 16);
    if (!message.tags.isEmpty()) {
        text += QLatin1Char('@');
        bool first = true;
        for (auto it = message.tags.cbegin(); it != message.tags.cend(); ++it) {
            if (it.key().isEmpty() || it.key().contains(QLatin1Char(' ')) || it.key().contains(QLatin1Char(';'))
                || it.key().contains(QLatin1Char('=')) || hasLineBreakOrNul(it.key()))
                return R::failure(Tr::tr("invalid tag name \"%1\"").arg(it.key()));
            if (!first)
                text += QLatin1Char(';');
            first = false;
            text += it.key();
            if (!it.value().isEmpty()) {
                text += QLatin1Char('=');
                if (needsTagEscaping(it.value()))
                    text += escapeTagValue(it.value());
                else
                    text += it.value();
            }
        }
        text += QLatin1Char(' ');
    }
    if (!message.source.isEmpty()) {
        if (message.source.contains(QLatin1Char(' ')) || hasLineBreakOrNul(message.source))
            return R::failure(Tr::tr("invalid source \"%1\"").arg(message.source));
        text += QLatin1Char(':') + message.source + QLatin1Char(' ');
    }
    text += message.command;
    const qsizetype count = message.params.size();
    for (qsizetype i = 0; i < count; ++i) {
        const QString &param = message.params.at(i);
        if (hasLineBreakOrNul(param))
            return R::failure(Tr::tr("parameter %1 contains a line break or NUL").arg(i + 1));
        const bool needsColon
            = param.isEmpty() || param.startsWith(QLatin1Char(':')) || param.contains(QLatin1Char(' '));
        text += QLatin1Char(' ');
        if (needsColon) {
            if (i != count - 1)
                return R::failure(Tr::tr("parameter %1 (\"%2\") can only be the last one").arg(i + 1).arg(param));
            text += QLatin1Char(':');
        }
        text += param;
    }
    return text.toUtf8();
}

QString escapeTagValue(QStringView value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (QChar c : value) {
        switch (c.unicode()) {
        case ';':
            escaped += QLatin1String("\\:");
            break;
        case ' ':
            escaped += QLatin1String("\\s");
            break;
        case '\\':
            escaped += QLatin1String("\\\\");
            break;
        case '\r':
            escaped += QLatin1String("\\r");
            break;
        case '\n':
            escaped += QLatin1String("\\n");
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

QString unescapeTagValue(QStringView value)
{
    if (!value.contains(QLatin1Char('\\')))
        return value.toString();
    QString plain;
    plain.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != QLatin1Char('\\')) {
            plain += c;
            continue;
        }
        if (++i == value.size())
            break; // a lone trailing backslash is dropped
        switch (value.at(i).unicode()) {
        case ':':
            plain += QLatin1Char(';');
            break;
        case 's':
            plain += QLatin1Char(' ');
            break;
        case 'r':
            plain += QLatin1Char('\r');
            break;
        case 'n':
            plain += QLatin1Char('\n');
            break;
        default:
            plain += value.at(i); // "\\" and unknown escapes give the character itself
        }
    }
    return plain;
}

} // namespace Botdeck::Irc::IrcCodec
