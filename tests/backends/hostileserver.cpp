#include "hostileserver.h"

#include "core/message.h"

#include <QFile>
#include <QProcess>
#include <QSslSocket>
#include <QTemporaryDir>

TestCertificate TestCertificate::make(const QString &hostName)
{
    TestCertificate made;
    QTemporaryDir dir;
    QProcess openssl;
    openssl.setWorkingDirectory(dir.path());
    QStringList arguments = QStringLiteral("req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes "
                                           "-keyout key.pem -out cert.pem -days 2")
                                .split(QLatin1Char(' '));
    // Both the subject and the alternative name: clients check the latter.
    arguments << QStringLiteral("-subj") << QStringLiteral("/CN=") + hostName << QStringLiteral("-addext")
              << QStringLiteral("subjectAltName=DNS:") + hostName;
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        made.error = QStringLiteral("openssl made no certificate: %1 %2")
                         .arg(openssl.errorString(), QString::fromLocal8Bit(openssl.readAllStandardError()));
        return made;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    if (certificates.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        made.error = QStringLiteral("cannot read what openssl made");
        return made;
    }
    made.certificate = certificates.first();
    made.key = QSslKey(keyFile.readAll(), QSsl::Ec);
    if (made.key.isNull())
        made.error = QStringLiteral("cannot read the key openssl made");
    return made;
}

Drip::Drip(std::function<void(const QByteArray &)> sink, QObject *parent)
    : QObject(parent)
    , m_sink(std::move(sink))
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_next >= m_bytes.size()) {
            if (!m_repeat || m_bytes.isEmpty()) {
                m_timer.stop();
                return;
            }
            m_next = 0;
        }
        m_sink(m_bytes.mid(m_next++, 1));
        ++m_dripped;
    });
}

void Drip::start(const QByteArray &bytes, int intervalMs, bool repeat)
{
    m_bytes = bytes;
    m_next = 0;
    m_repeat = repeat;
    m_timer.start(intervalMs);
}

HostileServer::HostileServer(QObject *parent)
    : QTcpServer(parent)
    , m_drip([this](const QByteArray &bytes) { send(bytes); })
{
    if (!listen(QHostAddress::LocalHost, 0))
        qFatal("the hostile server cannot listen: %s", qPrintable(errorString()));
}

HostileServer::~HostileServer()
{
    stopSending();
    if (m_socket)
        m_socket->abort();
}

void HostileServer::setCertificate(const TestCertificate &certificate, bool direct)
{
    m_certificate = certificate;
    m_directTls = direct;
}

void HostileServer::startTls()
{
    if (!m_socket)
        return;
    // What was said in the clear (XMPP's <proceed/>) must leave in the clear.
    m_socket->flush();
    m_socket->startServerEncryption();
}

void HostileServer::incomingConnection(qintptr descriptor)
{
    if (m_socket) {
        m_socket->abort();
        m_socket->deleteLater();
    }
    stopSending();
    m_received.clear();
    m_partialLine.clear();
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    m_socket = socket;
    ++m_connections;
    // Each dripped byte its own segment, as a slowloris peer would send it.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (!m_certificate.certificate.isNull()) {
        socket->setLocalCertificate(m_certificate.certificate);
        socket->setPrivateKey(m_certificate.key);
    }
    connect(socket, &QSslSocket::readyRead, this, &HostileServer::onReadyRead);
    connect(socket, &QSslSocket::bytesWritten, this, &HostileServer::topUpFlood);
    connect(socket, &QSslSocket::disconnected, this, &HostileServer::stopSending);
    if (m_directTls)
        socket->startServerEncryption();
    if (onConnected)
        onConnected(*this);
}

void HostileServer::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    m_received += data;
    if (onData)
        onData(*this, data);
    if (!onLine)
        return;
    m_partialLine += data;
    qsizetype newline;
    while (m_socket && (newline = m_partialLine.indexOf('\n')) >= 0) {
        QByteArray line = m_partialLine.left(newline);
        m_partialLine.remove(0, newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        onLine(*this, line);
    }
}

void HostileServer::send(const QByteArray &bytes)
{
    if (isClientConnected())
        m_socket->write(bytes);
}

void HostileServer::flood(std::function<QByteArray()> next)
{
    m_flood = std::move(next);
    m_floodWritten = 0;
    topUpFlood();
}

std::function<QByteArray()> HostileServer::repeating(const QByteArray &chunk, qint64 total)
{
    return [chunk, total, sent = qint64(0)]() mutable {
        if (sent >= total)
            return QByteArray();
        sent += chunk.size();
        return chunk;
    };
}

void HostileServer::topUpFlood()
{
    // A little more than the kernel takes at once keeps the pipe full
    // without the server piling up what the client has not read.
    const qint64 highWater = 256 * 1024;
    while (m_flood && isClientConnected() && m_socket->bytesToWrite() < highWater) {
        const QByteArray chunk = m_flood();
        if (chunk.isEmpty()) {
            m_flood = nullptr;
            return;
        }
        m_socket->write(chunk);
        m_floodWritten += chunk.size();
    }
}

void HostileServer::stopSending()
{
    m_flood = nullptr;
    m_drip.stop();
}

qint64 HostileServer::floodedBytes() const
{
    return m_floodWritten - (m_socket ? m_socket->bytesToWrite() : 0);
}

bool HostileServer::isClientConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

Botdeck::BackendSettings checkedSettings(const Botdeck::BackendDescriptor &descriptor, const QVariantMap &fields)
{
    Botdeck::BackendRegistry registry;
    registry.add(descriptor);
    const Botdeck::Result<Botdeck::BackendSettings> settings = registry.settings(descriptor.name, fields);
    if (!settings)
        qFatal("bad test settings: %s", qPrintable(settings.error()));
    return settings.value();
}

BackendSpies::BackendSpies(Botdeck::Backend *backend)
    : errors(backend, &Botdeck::Backend::errorOccurred)
    , messages(backend, &Botdeck::Backend::messageReceived)
{ }

QString BackendSpies::errorText() const
{
    QStringList texts;
    for (const QList<QVariant> &arguments : errors)
        texts.append(arguments.first().toString());
    return texts.join(QLatin1Char('\n'));
}

QStringList BackendSpies::bodies() const
{
    QStringList texts;
    for (const QList<QVariant> &arguments : messages)
        texts.append(arguments.first().value<Botdeck::Message>().body());
    return texts;
}

namespace {

// A field of /proc/self/status, in bytes.
qint64 statusBytes(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return 0;
}

} // namespace

CostWatch::CostWatch()
{
    // "5" resets the peak (VmHWM) to what is resident now.
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    m_peakReset = clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
    clearRefs.close();
    m_baseline = statusBytes("VmRSS");
    m_clock.start();
}

qint64 CostWatch::peakGrowth() const
{
    // Without a reset peak only what is resident now can be told.
    return statusBytes(m_peakReset ? "VmHWM" : "VmRSS") - m_baseline;
}

bool CostWatch::peakBelow(qint64 bytes) const
{
#if defined(__SANITIZE_ADDRESS__)
    Q_UNUSED(bytes);
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    Q_UNUSED(bytes);
    return true;
#else
    return peakGrowth() < bytes;
#endif
#else
    return peakGrowth() < bytes;
#endif
}

QString CostWatch::summary() const
{
    return QStringLiteral("%1 ms, peak memory growth %2 KiB").arg(elapsedMs()).arg(peakGrowth() / 1024);
}
