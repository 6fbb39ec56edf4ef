#include "ircregistration.h"

#include <QCoreApplication>

namespace Botdeck::Irc {

namespace {

// Tr::tr() looks strings up under the context lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Botdeck::Irc::IrcRegistration)
};

IrcMessage line(const QString &command, const QStringList &params = {})
{
    return IrcMessage(command, params);
}

// "sasl=PLAIN,EXTERNAL" -> "sasl"
QString capabilityName(const QString &token)
{
    const qsizetype equals = token.indexOf(QLatin1Char('='));
    QString name = equals < 0 ? token : token.left(equals);
    if (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    return name;
}

constexpr int SaslChunk = 400;

} // namespace

const QStringList &IrcRegistration::wantedCapabilities()
{
    static const QStringList wanted = {
        QStringLiteral("account-notify"), QStringLiteral("account-tag"),   QStringLiteral("away-notify"),
        QStringLiteral("batch"),          QStringLiteral("cap-notify"),    QStringLiteral("chghost"),
        QStringLiteral("echo-message"),   QStringLiteral("extended-join"), QStringLiteral("message-tags"),
        QStringLiteral("multi-prefix"),   QStringLiteral("server-time"),   QStringLiteral("userhost-in-names"),
    };
    return wanted;
}

QList<IrcMessage> IrcRegistration::start(const Config &config)
{
    *this = IrcRegistration();
    m_config = config;
    m_nick = config.nick;
    QList<IrcMessage> lines;
    if (!config.password.isEmpty())
        lines.append(line(QStringLiteral("PASS"), {config.password}));
    lines.append(line(QStringLiteral("CAP"), {QStringLiteral("LS"), QStringLiteral("302")}));
    lines.append(line(QStringLiteral("NICK"), {m_nick}));
    lines.append(line(QStringLiteral("USER"),
                      {config.username.isEmpty() ? config.nick : config.username, QStringLiteral("0"),
                       QStringLiteral("*"), config.realname.isEmpty() ? config.nick : config.realname}));
    return lines;
}

IrcRegistration::Step IrcRegistration::handle(const IrcMessage &message)
{
    const QString &command = message.command;
    if (command == QLatin1String("CAP"))
        return handleCap(message);
    if (command == QLatin1String("AUTHENTICATE") || command == QLatin1String("900") || command == QLatin1String("903")
        || command == QLatin1String("902") || command == QLatin1String("904") || command == QLatin1String("905")
        || command == QLatin1String("906") || command == QLatin1String("908"))
        return handleAuthenticate(message);
    if (command == QLatin1String("001")) {
        Step step;
        m_registered = true;
        m_nick = message.param(0);
        if (!m_capEnded) {
            m_capEnded = true; // a server without CAP: nothing to end
            if (m_config.sasl != Sasl::None)
                step.error = Tr::tr("the server does not support SASL (no IRCv3 capabilities), so the account "
                                    "login cannot happen");
        }
        step.registered = true;
        return step;
    }
    if (!m_registered
        && (command == QLatin1String("433") || command == QLatin1String("432") || command == QLatin1String("436")
            || command == QLatin1String("437")))
        return handleNickRejected(message);
    if (command == QLatin1String("464")) {
        Step step;
        step.error = Tr::tr("the server refused the password: %1").arg(message.params.value(1));
        return step;
    }
    if (command == QLatin1String("465")) {
        Step step;
        step.error = Tr::tr("you are banned from this server: %1").arg(message.params.value(1));
        return step;
    }
    if (command == QLatin1String("NICK") && m_registered && message.nick() == m_nick)
        m_nick = message.param(0);
    return {};
}

IrcRegistration::Step IrcRegistration::handleCap(const IrcMessage &message)
{
    Step step;
    const QString sub = message.param(1).toUpper();
    // Multi-line LS/LIST replies put "*" before the last parameter.
    const bool more = message.params.size() >= 4 && message.param(2) == QLatin1String("*");
    const QStringList tokens
        = message.params.value(message.params.size() - 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (sub == QLatin1String("LS") || sub == QLatin1String("NEW")) {
        QSet<QString> fresh;
        for (const QString &token : tokens) {
            m_offered.insert(capabilityName(token));
            fresh.insert(capabilityName(token));
        }
        if (more)
            return step;
        QStringList request;
        const QSet<QString> &consider = sub == QLatin1String("LS") ? m_offered : fresh;
        for (const QString &wanted : wantedCapabilities()) {
            if (consider.contains(wanted) && !m_enabled.contains(wanted))
                request.append(wanted);
        }
        if (m_config.sasl != Sasl::None && !m_registered) {
            if (!m_offered.contains(QStringLiteral("sasl"))) {
                step.error = Tr::tr("the server does not offer SASL, so the account login cannot happen");
                return step;
            }
            request.append(QStringLiteral("sasl"));
        }
        if (request.isEmpty()) {
            if (!m_capEnded)
                endCapabilities(step);
            return step;
        }
        for (const QString &name : std::as_const(request))
            m_requested.insert(name);
        step.send.append(line(QStringLiteral("CAP"), {QStringLiteral("REQ"), request.join(QLatin1Char(' '))}));
        return step;
    }
    if (sub == QLatin1String("ACK")) {
        bool saslAcked = false;
        for (const QString &token : tokens) {
            const QString name = capabilityName(token);
            m_requested.remove(name);
            if (token.startsWith(QLatin1Char('-'))) {
                m_enabled.remove(name);
                continue;
            }
            m_enabled.insert(name);
            saslAcked = saslAcked || name == QLatin1String("sasl");
        }
        if (saslAcked && m_config.sasl != Sasl::None && !m_registered) {
            step.send.append(
                line(QStringLiteral("AUTHENTICATE"),
                     {m_config.sasl == Sasl::Plain ? QStringLiteral("PLAIN") : QStringLiteral("EXTERNAL")}));
            return step;
        }
        if (!m_capEnded && m_requested.isEmpty())
            endCapabilities(step);
        return step;
    }
    if (sub == QLatin1String("NAK")) {
        for (const QString &token : tokens)
            m_requested.remove(capabilityName(token));
        if (m_config.sasl != Sasl::None && !m_registered && tokens.contains(QStringLiteral("sasl"))) {
            step.error = Tr::tr("the server refused to start SASL, so the account login cannot happen");
            return step;
        }
        if (!m_capEnded && m_requested.isEmpty())
            endCapabilities(step);
        return step;
    }
    if (sub == QLatin1String("DEL")) {
        for (const QString &token : tokens) {
            m_enabled.remove(capabilityName(token));
            m_offered.remove(capabilityName(token));
        }
    }
    return step;
}

IrcRegistration::Step IrcRegistration::handleAuthenticate(const IrcMessage &message)
{
    Step step;
    const QString &command = message.command;
    if (command == QLatin1String("AUTHENTICATE")) {
        if (message.param(0) == QLatin1String("+") && !m_saslDone)
            step.send = saslPayload();
        return step;
    }
    if (command == QLatin1String("900"))
        return step; // logged in as...; 903 follows
    if (command == QLatin1String("903")) {
        m_saslDone = true;
        endCapabilities(step);
        return step;
    }
    if (command == QLatin1String("902") || command == QLatin1String("904") || command == QLatin1String("905")
        || command == QLatin1String("906") || command == QLatin1String("908")) {
        if (m_saslDone || m_config.sasl == Sasl::None)
            return step;
        const QString why = message.params.value(message.params.size() - 1);
        step.error = command == QLatin1String("904")
            ? Tr::tr("SASL login failed: wrong account name or password (%1)").arg(why)
            : Tr::tr("SASL login failed: %1").arg(why);
    }
    return step;
}

IrcRegistration::Step IrcRegistration::handleNickRejected(const IrcMessage &message)
{
    Step step;
    const QString rejected = message.param(1);
    if (message.command == QLatin1String("432") && m_nickAttempt == 0) {
        step.error = Tr::tr("the server does not accept \"%1\" as a nick: %2").arg(rejected, message.param(2));
        return step;
    }
    if (++m_nickAttempt > 8) {
        step.error = Tr::tr("the nick %1 and its alternatives are all in use").arg(m_config.nick);
        return step;
    }
    // nick_, nick__, then nick1, nick2...: readable first, then unique.
    m_nick = m_nickAttempt <= 2 ? m_config.nick + QString(m_nickAttempt, QLatin1Char('_'))
                                : m_config.nick + QString::number(m_nickAttempt - 2);
    step.notice = Tr::tr("the nick %1 is in use; trying %2").arg(rejected, m_nick);
    step.send.append(line(QStringLiteral("NICK"), {m_nick}));
    return step;
}

void IrcRegistration::endCapabilities(Step &step)
{
    m_capEnded = true;
    step.send.append(line(QStringLiteral("CAP"), {QStringLiteral("END")}));
}

QList<IrcMessage> IrcRegistration::saslPayload() const
{
    if (m_config.sasl == Sasl::External)
        return {line(QStringLiteral("AUTHENTICATE"), {QStringLiteral("+")})};
    const QByteArray user = m_config.saslUser.toUtf8();
    const QByteArray plain = user + '\0' + user + '\0' + m_config.saslPassword.toUtf8();
    const QByteArray encoded = plain.toBase64();
    QList<IrcMessage> lines;
    for (qsizetype at = 0; at < encoded.size(); at += SaslChunk)
        lines.append(line(QStringLiteral("AUTHENTICATE"), {QString::fromLatin1(encoded.mid(at, SaslChunk))}));
    if (encoded.size() % SaslChunk == 0)
        lines.append(line(QStringLiteral("AUTHENTICATE"), {QStringLiteral("+")}));
    return lines;
}

} // namespace Botdeck::Irc
