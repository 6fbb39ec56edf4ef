// The child process of tst_pluginstorage: a bot writing to its plugin store
// while the test kills it (kill mode) or starves it of disk (full mode).
//
//   storage_writer kill DIR PREFIX   writes PREFIX-0, PREFIX-1, ... and prints
//                                    each number once it is committed
//   storage_writer full DIR LIMIT    caps its file size at LIMIT bytes, writes
//                                    big values until one fails, and prints
//                                    the error and whether the store is intact
#include "core/bot/pluginstorage.h"
#include "storagepayload.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>

using Botdeck::PluginStorage;

namespace {

void say(const QString &line)
{
    // One write per line, flushed at once: the parent must see a number
    // only after its commit, and every number before the kill.
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int writeUntilKilled(PluginStorage &storage, const QString &prefix)
{
    // Bounded in case the parent dies without killing us.
    for (int n = 0; n < 20000;) {
        if (n % 4 == 3) {
            // A transaction of three: all three land or none.
            const int first = n;
            const auto result = storage.transaction([&](PluginStorage &s) {
                for (int i = first; i < first + 3; ++i)
                    s.setValue(storageKey(prefix, i), storagePayload(prefix, i));
                return true;
            });
            if (!result) {
                say(QStringLiteral("error: ") + result.error());
                return 1;
            }
            for (int i = first; i < first + 3; ++i)
                say(QString::number(i));
            n += 3;
        } else {
            const auto result = storage.setValue(storageKey(prefix, n), storagePayload(prefix, n));
            if (!result) {
                say(QStringLiteral("error: ") + result.error());
                return 1;
            }
            say(QString::number(n));
            ++n;
        }
    }
    return 0;
}

int writeUntilFull(PluginStorage &storage, qint64 limit)
{
    // Ignored, so that a write past the limit fails with EFBIG instead of
    // killing the process: the storage must report it, not die of it.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit rl{};
    rl.rlim_cur = rl.rlim_max = rlim_t(limit);
    if (setrlimit(RLIMIT_FSIZE, &rl) != 0) {
        say(QStringLiteral("setrlimit failed"));
        return 2;
    }
    if (!storage.setValue(QStringLiteral("small"), QStringLiteral("still here"))) {
        say(QStringLiteral("the first small write failed"));
        return 2;
    }
    const QByteArray big(64 * 1024, 'x');
    for (int n = 0; n < 1000; ++n) {
        const QString key = QStringLiteral("big-%1").arg(n);
        const auto result = storage.setValue(key, big);
        if (result) {
            say(QStringLiteral("wrote ") + key);
            continue;
        }
        say(QStringLiteral("error: ") + result.error());
        const bool intact = !storage.contains(key)
            && storage.value(QStringLiteral("small")).toString() == QStringLiteral("still here")
            && (n == 0 || storage.value(QStringLiteral("big-%1").arg(n - 1)).toByteArray() == big);
        // A transaction must fail the same way and leave nothing behind.
        const auto batch = storage.transaction([&](PluginStorage &s) {
            s.setValue(QStringLiteral("batch-a"), 1);
            s.setValue(QStringLiteral("batch-b"), big);
            s.setValue(QStringLiteral("batch-c"), big);
            return true;
        });
        const bool batchIntact = !batch && !storage.contains(QStringLiteral("batch-a"));
        say(QStringLiteral("batch: ") + (batch ? QStringLiteral("committed") : batch.error()));
        say(intact && batchIntact ? QStringLiteral("unchanged") : QStringLiteral("changed"));
        return 0;
    }
    say(QStringLiteral("never failed"));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4 || (args.at(1) != QLatin1String("kill") && args.at(1) != QLatin1String("full"))) {
        std::fprintf(stderr, "usage: storage_writer kill DIR PREFIX | full DIR LIMIT\n");
        return 2;
    }
    const auto storage = PluginStorage::open(args.at(2), QStringLiteral("writer"));
    if (!storage) {
        say(QStringLiteral("error: ") + storage.error());
        return 1;
    }
    if (args.at(1) == QLatin1String("kill"))
        return writeUntilKilled(*storage.value(), args.at(3));
    return writeUntilFull(*storage.value(), args.at(3).toLongLong());
}
