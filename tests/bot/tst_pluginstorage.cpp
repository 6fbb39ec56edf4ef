#include "core/bot/pluginstorage.h"
#include "storagepayload.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using Botdeck::PluginStorage;

namespace {

// A type Qt cannot write into a QDataStream.
struct Unstorable
{
    int x = 0;
};

} // namespace

Q_DECLARE_METATYPE(Unstorable)

class TestPluginStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setGetRemove_data();
    void setGetRemove();
    void keysAreSorted();
    void persistsAcrossReopen();
    void twoInstancesShareTheFile();
    void connectionsAreUniqueAndRemoved();
    void transactionCommits();
    void transactionRollsBack();
    void failedWriteRollsBackTransaction();
    void nestedTransactionIsAnError();
    void throwingBodyRollsBack();
    void unstorableValue();
    void badPluginName_data();
    void badPluginName();
    void folderUnderAFile();
    void notADatabase();
    void diskFull();
    void killDuringWrites();

private:
    QString freshDir();
    QTemporaryDir m_root;
    int m_dirs = 0;
};

namespace {

std::shared_ptr<PluginStorage> openOrFail(const QString &dir, const QString &plugin = QStringLiteral("Test"))
{
    auto result = PluginStorage::open(dir, plugin);
    if (!result) {
        qWarning().noquote() << result.error();
        return {};
    }
    return result.value();
}

// PRAGMA integrity_check through a connection of its own, so the check does
// not trust anything PluginStorage does.
QString integrity(const QString &path)
{
    const QString name = QStringLiteral("integrity-check");
    QString verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return QStringLiteral("cannot open");
        QSqlQuery query(db);
        verdict = query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next() ? query.value(0).toString()
                                                                                       : QStringLiteral("failed");
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

// Reads complete lines as they arrive; a half-written last line stays pending.
QStringList readLines(QProcess &process, QByteArray &pending)
{
    pending += process.readAllStandardOutput();
    QStringList lines;
    qsizetype newline;
    while ((newline = pending.indexOf('\n')) >= 0) {
        lines.append(QString::fromUtf8(pending.left(newline)));
        pending.remove(0, newline + 1);
    }
    return lines;
}

} // namespace

QString TestPluginStorage::freshDir()
{
    return m_root.filePath(QStringLiteral("data%1").arg(++m_dirs));
}

void TestPluginStorage::setGetRemove_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::newRow("string") << QVariant(QStringLiteral("hello"));
    QTest::newRow("empty string") << QVariant(QString());
    QTest::newRow("unicode") << QVariant(QStringLiteral("\u0430lice \U0001F600"));
    QTest::newRow("int") << QVariant(-42);
    QTest::newRow("qint64") << QVariant(qint64(1) << 50);
    QTest::newRow("double") << QVariant(3.25);
    QTest::newRow("bool") << QVariant(true);
    QTest::newRow("bytes with zeros") << QVariant(QByteArray("a\0b\0c", 5));
    QTest::newRow("string list") << QVariant(QStringList{QStringLiteral("a"), QStringLiteral("b")});
    QTest::newRow("map") << QVariant(
        QVariantMap{{QStringLiteral("n"), 1}, {QStringLiteral("list"), QVariantList{1, QStringLiteral("two")}}});
    QTest::newRow("date time") << QVariant(QDateTime(QDate(2026, 11, 30), QTime(9, 30), Qt::UTC));
}

void TestPluginStorage::setGetRemove()
{
    QFETCH(QVariant, value);
    const auto storage = openOrFail(freshDir());
    QVERIFY(storage);
    const QString key = QStringLiteral("key");
    QVERIFY(!storage->contains(key));
    QCOMPARE(storage->value(key, QStringLiteral("fallback")), QVariant(QStringLiteral("fallback")));

    const auto set = storage->setValue(key, value);
    QVERIFY2(set, qPrintable(set.error()));
    QVERIFY(storage->contains(key));
    QCOMPARE(storage->value(key), value);
    QCOMPARE(storage->keys(), QStringList{key});

    // Overwriting replaces the value.
    QVERIFY(storage->setValue(key, QStringLiteral("other")));
    QCOMPARE(storage->value(key), QVariant(QStringLiteral("other")));

    const auto removed = storage->remove(key);
    QVERIFY(removed);
    QCOMPARE(removed.value(), true);
    QVERIFY(!storage->contains(key));
    QVERIFY(storage->keys().isEmpty());
    const auto again = storage->remove(key);
    QVERIFY(again);
    QCOMPARE(again.value(), false);
}

void TestPluginStorage::keysAreSorted()
{
    const auto storage = openOrFail(freshDir());
    QVERIFY(storage);
    for (const char *key : {"b", "a", "c"})
        QVERIFY(storage->setValue(QLatin1String(key), 1));
    QCOMPARE(storage->keys(), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}

void TestPluginStorage::persistsAcrossReopen()
{
    const QString dir = freshDir();
    QString path;
    {
        const auto storage = openOrFail(dir, QStringLiteral("Notes"));
        QVERIFY(storage);
        path = storage->path();
        QVERIFY(storage->setValue(QStringLiteral("count"), 7));
        QVERIFY(storage->setValue(QStringLiteral("names"), QStringList{QStringLiteral("alice")}));
        QVERIFY(storage->setValue(QStringLiteral("gone"), 1));
        QVERIFY(storage->remove(QStringLiteral("gone")));
    }
    QCOMPARE(path, QDir(dir).absoluteFilePath(QStringLiteral("Notes.sqlite")));
    QVERIFY(QFile::exists(path));
    const auto storage = openOrFail(dir, QStringLiteral("Notes"));
    QVERIFY(storage);
    QCOMPARE(storage->value(QStringLiteral("count")), QVariant(7));
    QCOMPARE(storage->value(QStringLiteral("names")), QVariant(QStringList{QStringLiteral("alice")}));
    QVERIFY(!storage->contains(QStringLiteral("gone")));
    QCOMPARE(integrity(path), QStringLiteral("ok"));

    // Each plugin has its own file.
    const auto other = openOrFail(dir, QStringLiteral("Other"));
    QVERIFY(other);
    QVERIFY(other->keys().isEmpty());
}

void TestPluginStorage::twoInstancesShareTheFile()
{
    const QString dir = freshDir();
    const auto writer = openOrFail(dir);
    const auto reader = openOrFail(dir);
    QVERIFY(writer && reader);
    QVERIFY(writer->setValue(QStringLiteral("k"), 1));
    QCOMPARE(reader->value(QStringLiteral("k")), QVariant(1));
}

void TestPluginStorage::connectionsAreUniqueAndRemoved()
{
    const qsizetype before = QSqlDatabase::connectionNames().size();
    {
        const auto a = openOrFail(freshDir());
        const auto b = openOrFail(freshDir());
        QVERIFY(a && b);
        QCOMPARE(QSqlDatabase::connectionNames().size(), before + 2);
    }
    QCOMPARE(QSqlDatabase::connectionNames().size(), before);
    // A failed open leaves no connection behind either.
    const QString dir = freshDir();
    QVERIFY(QDir().mkpath(dir));
    QFile junk(QDir(dir).filePath(QStringLiteral("Junk.sqlite")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, '\x5a'));
    junk.close();
    QVERIFY(!PluginStorage::open(dir, QStringLiteral("Junk")));
    QCOMPARE(QSqlDatabase::connectionNames().size(), before);
}

void TestPluginStorage::transactionCommits()
{
    const QString dir = freshDir();
    {
        const auto storage = openOrFail(dir);
        QVERIFY(storage);
        QVERIFY(storage->setValue(QStringLiteral("old"), 1));
        const auto result = storage->transaction([](PluginStorage &s) {
            return s.setValue(QStringLiteral("a"), 1) && s.setValue(QStringLiteral("b"), 2)
                && s.remove(QStringLiteral("old"));
        });
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(result.value(), true);
    }
    const auto storage = openOrFail(dir);
    QCOMPARE(storage->keys(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void TestPluginStorage::transactionRollsBack()
{
    const auto storage = openOrFail(freshDir());
    QVERIFY(storage);
    QVERIFY(storage->setValue(QStringLiteral("keep"), 1));
    const auto result = storage->transaction([](PluginStorage &s) {
        s.setValue(QStringLiteral("a"), 1);
        s.setValue(QStringLiteral("keep"), 2);
        s.remove(QStringLiteral("keep"));
        // Inside the transaction its own writes are visible.
        return !s.contains(QStringLiteral("keep")) && s.contains(QStringLiteral("a")) && false;
    });
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(result.value(), false);
    QCOMPARE(storage->keys(), QStringList{QStringLiteral("keep")});
    QCOMPARE(storage->value(QStringLiteral("keep")), QVariant(1));
    // The store is usable afterwards.
    QVERIFY(storage->transaction([](PluginStorage &s) { return bool(s.setValue(QStringLiteral("b"), 2)); }));
    QVERIFY(storage->contains(QStringLiteral("b")));
}

void TestPluginStorage::failedWriteRollsBackTransaction()
{
    const auto storage = openOrFail(freshDir());
    QVERIFY(storage);
    const auto result = storage->transaction([](PluginStorage &s) {
        s.setValue(QStringLiteral("a"), 1);
        s.setValue(QStringLiteral("bad"), QVariant::fromValue(Unstorable{}));
        s.setValue(QStringLiteral("c"), 3);
        return true; // carries on regardless: the failure must still count
    });
    QVERIFY(!result);
    QVERIFY2(result.error().contains(QStringLiteral("cannot be stored")), qPrintable(result.error()));
    QVERIFY2(result.error().contains(QStringLiteral("nothing of the transaction was saved")),
             qPrintable(result.error()));
    QVERIFY(storage->keys().isEmpty());
}

void TestPluginStorage::nestedTransactionIsAnError()
{
    const auto storage = openOrFail(freshDir());
    QVERIFY(storage);
    QString innerError;
    const auto outer = storage->transaction([&](PluginStorage &s) {
        s.setValue(QStringLiteral("outer"), 1);
        const auto inner = s.transaction([](PluginStorage &t) { return bool(t.setValue(QStringLiteral("inner"), 2)); });
        innerError = inner.error();
        return true;
    });
    QVERIFY2(innerError.contains(QStringLiteral("do not nest")), qPrintable(innerError));
    QVERIFY(!outer);
    QVERIFY2(outer.error().contains(QStringLiteral("do not nest")), qPrintable(outer.error()));
    QVERIFY(storage->keys().isEmpty());
    // Not stuck inside a transaction afterwards.
    QVERIFY(storage->transaction([](PluginStorage &s) { return bool(s.setValue(QStringLiteral("x"), 1)); }));
    QCOMPARE(storage->keys(), QStringList{QStringLiteral("x")});
}

void TestPluginStorage::throwingBodyRollsBack()
{
    const auto storage = openOrFail(freshDir());
    QVERIFY(storage);
    bool thrown = false;
    try {
        storage->transaction([](PluginStorage &s) -> bool {
            s.setValue(QStringLiteral("a"), 1);
            throw std::runtime_error("plugin bug");
        });
    } catch (const std::runtime_error &) {
        thrown = true;
    }
    QVERIFY(thrown);
    QVERIFY(!storage->contains(QStringLiteral("a")));
    QVERIFY(storage->transaction([](PluginStorage &s) { return bool(s.setValue(QStringLiteral("b"), 1)); }));
}

void TestPluginStorage::unstorableValue()
{
    const auto storage = openOrFail(freshDir());
    QVERIFY(storage);
    QVERIFY(storage->setValue(QStringLiteral("k"), 1));
    const auto result = storage->setValue(QStringLiteral("k"), QVariant::fromValue(Unstorable{}));
    QVERIFY(!result);
    QVERIFY2(result.error().contains(QStringLiteral("Unstorable")), qPrintable(result.error()));
    QCOMPARE(storage->value(QStringLiteral("k")), QVariant(1));
}

void TestPluginStorage::badPluginName_data()
{
    QTest::addColumn<QString>("plugin");
    QTest::newRow("empty") << QString();
    QTest::newRow("parent") << QStringLiteral("../escape");
    QTest::newRow("slash") << QStringLiteral("a/b");
    QTest::newRow("hidden") << QStringLiteral(".hidden");
}

void TestPluginStorage::badPluginName()
{
    QFETCH(QString, plugin);
    const auto result = PluginStorage::open(freshDir(), plugin);
    QVERIFY(!result);
    QVERIFY(!result.error().isEmpty());
}

void TestPluginStorage::folderUnderAFile()
{
    const QString file = m_root.filePath(QStringLiteral("plain-file"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a folder");
    f.close();

    const auto under = PluginStorage::open(file + QStringLiteral("/data/more"), QStringLiteral("Test"));
    QVERIFY(!under);
    QVERIFY2(under.error().contains(QStringLiteral("cannot be created")), qPrintable(under.error()));
    QVERIFY2(under.error().contains(file + QStringLiteral(" is a file, not a folder")), qPrintable(under.error()));

    const auto itself = PluginStorage::open(file, QStringLiteral("Test"));
    QVERIFY(!itself);
    QVERIFY2(itself.error().contains(QStringLiteral("is a file, not a folder")), qPrintable(itself.error()));
}

void TestPluginStorage::notADatabase()
{
    const QString dir = freshDir();
    QVERIFY(QDir().mkpath(dir));
    const QString path = QDir(dir).filePath(QStringLiteral("Garbage.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 131 + 7) % 256));
    f.write(garbage);
    f.close();

    const auto result = PluginStorage::open(dir, QStringLiteral("Garbage"));
    QVERIFY(!result);
    QVERIFY2(result.error().contains(QStringLiteral("is not a database")), qPrintable(result.error()));
    QVERIFY2(result.error().contains(path), qPrintable(result.error()));
    // Nothing was overwritten.
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), garbage);
}

void TestPluginStorage::diskFull()
{
    const QString dir = freshDir();
    QProcess child;
    child.start(QStringLiteral(STORAGE_WRITER), {QStringLiteral("full"), dir, QString::number(512 * 1024)});
    QVERIFY2(child.waitForFinished(15000), "the writer hung when the disk filled");
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QVERIFY2(child.exitCode() == 0, qPrintable(output + QString::fromUtf8(child.readAllStandardError())));
    QVERIFY2(output.contains(QStringLiteral("wrote big-0")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("error: the disk is full")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("batch: the disk is full")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("nothing of the transaction was saved")), qPrintable(output));
    QVERIFY2(output.trimmed().endsWith(QStringLiteral("unchanged")), qPrintable(output));

    // Without the limit, the file is whole and holds what was reported written.
    const auto storage = openOrFail(dir, QStringLiteral("writer"));
    QVERIFY(storage);
    QCOMPARE(integrity(storage->path()), QStringLiteral("ok"));
    QCOMPARE(storage->value(QStringLiteral("small")), QVariant(QStringLiteral("still here")));
    const qsizetype written = output.count(QStringLiteral("wrote big-"));
    for (qsizetype n = 0; n < written; ++n)
        QVERIFY(storage->contains(QStringLiteral("big-%1").arg(n)));
    QVERIFY(!storage->contains(QStringLiteral("big-%1").arg(written)));
    QVERIFY(!storage->contains(QStringLiteral("batch-a")));
}

void TestPluginStorage::killDuringWrites()
{
    // One store through all rounds, so each round also proves the earlier
    // rounds' data survived later crashes and recoveries.
    const QString dir = freshDir();
    QSet<QString> committed;
    constexpr int Rounds = 100;
    for (int round = 0; round < Rounds; ++round) {
        const QString prefix = QStringLiteral("r%1").arg(round);
        // Every fifth round dies during start-up or its first write, four
        // rounds write past an automatic checkpoint before they die, and the
        // others die after a varying number of commits.
        const int target = round % 5 == 0 ? 0 : round % 5 == 4 ? 800 + (round % 20) * 10 : 1 + (round * 53) % 300;
        QProcess child;
        child.start(QStringLiteral(STORAGE_WRITER), {QStringLiteral("kill"), dir, prefix});
        QVERIFY(child.waitForStarted(5000));
        QByteArray pending;
        QList<int> reported;
        const auto collect = [&] {
            for (const QString &line : readLines(child, pending)) {
                bool ok = false;
                const int n = line.toInt(&ok);
                QVERIFY2(ok, qPrintable(line));
                reported.append(n);
            }
        };
        const QDeadlineTimer deadline(10000);
        while (reported.size() < target && !deadline.hasExpired()) {
            if (!child.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
                break;
            collect();
        }
        QVERIFY2(reported.size() >= target, qPrintable(QString::fromUtf8(child.readAllStandardError())));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        collect(); // numbers already in the pipe were committed too

        const QString path = QDir(dir).filePath(QStringLiteral("writer.sqlite"));
        if (QFile::exists(path))
            QCOMPARE(integrity(path), QStringLiteral("ok"));
        const auto storage = openOrFail(dir, QStringLiteral("writer"));
        QVERIFY(storage);
        QCOMPARE(integrity(path), QStringLiteral("ok"));
        QSet<QString> thisRound;
        for (const int n : std::as_const(reported))
            thisRound.insert(storageKey(prefix, n));
        committed.unite(thisRound);
        // Everything written so far is read back every tenth round; in
        // between, this round's writes (reading it all each time would make
        // the test quadratic).
        const bool everything = round % 10 == 9;
        for (const QString &key : std::as_const(everything ? committed : thisRound)) {
            const qsizetype dash = key.indexOf(QLatin1Char('-'));
            const QByteArray expected = storagePayload(key.left(dash), key.mid(dash + 1).toInt());
            QVERIFY2(storage->value(key).toByteArray() == expected, qPrintable(key));
        }
        // Beyond what was reported, at most the write in flight landed: one
        // key, or one transaction of three.
        const QStringList keys = storage->keys();
        const int last = reported.isEmpty() ? -1 : reported.last();
        for (const QString &key : keys) {
            if (key.startsWith(prefix + QLatin1Char('-')))
                QVERIFY2(committed.contains(key) || key.mid(prefix.size() + 1).toInt() <= last + 3, qPrintable(key));
        }
    }
    QVERIFY(committed.size() > 1000);
    qInfo("%d kill -9 rounds, %lld committed writes, all present and intact", Rounds, qlonglong(committed.size()));
}

QTEST_GUILESS_MAIN(TestPluginStorage)
#include "tst_pluginstorage.moc"
