#include "irctestclient.h"

#include "backends/irc/irccodec.h"

#include <QTest>

using namespace Botdeck::Irc;

IrcTestClient::IrcTestClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &IrcTestClient::onReadyRead);
}

void IrcTestClient::connectWithoutWaiting(quint16 port, const QString &nick, const QByteArray &afterRegistration)
{
    m_nick = nick;
    if (!m_localAddress.isNull() && !m_socket.bind(m_localAddress))
        qWarning("cannot bind to %s: %s", qPrintable(m_localAddress.toString()), qPrintable(m_socket.errorString()));
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    m_afterRegistration = afterRegistration;
    m_socket.write("NICK " + nick.toUtf8() + "\r\nUSER " + nick.toUtf8() + " 0 * :Test " + nick.toUtf8() + "\r\n");
}

bool IrcTestClient::connectAndRegister(quint16 port, const QString &nick, int timeoutMs)
{
    connectWithoutWaiting(port, nick);
    return !waitForCommand(QStringLiteral("001"), {}, timeoutMs).command.isEmpty();
}

void IrcTestClient::send(const QString &line)
{
    m_socket.write(line.toUtf8() + "\r\n");
}

void IrcTestClient::sendRaw(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

void IrcTestClient::disconnectNow()
{
    m_socket.abort();
}

void IrcTestClient::onReadyRead()
{
    m_buffer += m_socket.readAll();
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', start);
        if (newline < 0)
            break;
        const QByteArray line = m_buffer.mid(start, newline - start);
        start = newline + 1;
        if (line.startsWith("PING")) {
            m_socket.write("PONG" + line.mid(4).trimmed().prepend(' ') + "\r\n");
            continue;
        }
        if (!m_registered && line.contains(" 001 ")) {
            // Some servers refuse commands until registration is complete.
            m_registered = true;
            if (!m_afterRegistration.isEmpty())
                m_socket.write(m_afterRegistration);
        }
        if (m_discarding)
            continue;
        const Botdeck::Result<IrcMessage> parsed = IrcCodec::parse(line);
        if (!parsed)
            continue;
        m_lines.append(parsed.value());
    }
    m_buffer.remove(0, start);
}

IrcMessage IrcTestClient::waitFor(const std::function<bool(const IrcMessage &)> &predicate, int timeoutMs)
{
    IrcMessage found;
    (void)QTest::qWaitFor(
        [&] {
            for (qsizetype i = 0; i < m_lines.size(); ++i) {
                if (predicate(m_lines.at(i))) {
                    found = m_lines.takeAt(i);
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

IrcMessage IrcTestClient::waitForCommand(const QString &command, const QString &param0, int timeoutMs)
{
    return waitFor(
        [&](const IrcMessage &m) {
            return m.command.compare(command, Qt::CaseInsensitive) == 0
                && (param0.isEmpty() || m.param(0).compare(param0, Qt::CaseInsensitive) == 0);
        },
        timeoutMs);
}
