#include "core/bot/pluginstorage.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

#include <optional>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace Botdeck {

namespace {

// Tr::tr() looks strings up under the context lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Botdeck::PluginStorage)
};

// SQLite's primary result codes (sqlite3.h); the Qt driver reports them, or
// an extended code whose low byte is the primary one, as nativeErrorCode().
enum SqliteCode {
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteAuth = 23,
    SqliteNotADb = 26,
};

constexpr int busyTimeoutMs = 5000;

// Fixed, so a file written by this Qt still reads after a Qt upgrade.
constexpr QDataStream::Version streamVersion = QDataStream::Qt_6_0;

// Whether writing bytes more to the files of the store would cross this
// process's file size limit (RLIMIT_FSIZE, "ulimit -f"); 0 when it would not.
qint64 fileSizeLimitReached(const QString &path, qint64 bytes)
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_FSIZE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return 0;
    // SQLite writes whole pages, so leave room for one beside the value.
    const qint64 margin = bytes + 65536;
    const qint64 max = qint64(limit.rlim_cur);
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        if (QFileInfo(file).size() + margin >= max)
            return max;
    }
#else
    Q_UNUSED(path);
    Q_UNUSED(bytes);
#endif
    return 0;
}

// The error in plain words, with what the user can do about it. bytes is the
// size of what was being written (0 when reading or opening).
QString describe(const QSqlError &error, const QString &path, qint64 bytes = 0)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case SqliteFull:
        return Tr::tr("the disk is full: %1 could not be written").arg(path);
    case SqliteIoErr: {
        // A write past RLIMIT_FSIZE fails with EFBIG, which SQLite reports
        // as a generic I/O error, not as SQLITE_FULL: tell the two apart here.
        if (const qint64 limit = fileSizeLimitReached(path, bytes)) {
            return Tr::tr("the disk is full for this process: %1 could not be written because it would pass the "
                          "file size limit of %2 bytes (ulimit -f)")
                .arg(path)
                .arg(limit);
        }
        const QStorageInfo storage(QFileInfo(path).absolutePath());
        if (storage.isValid() && storage.bytesAvailable() < bytes + 1024 * 1024)
            return Tr::tr("the disk is full: %1 could not be written").arg(path);
        return Tr::tr("the disk reported an input/output error on %1 (%2)").arg(path, error.databaseText());
    }
    case SqliteNotADb:
        return Tr::tr("%1 is not a database (it is not an SQLite file); move it away or delete it and the plugin "
                      "starts with an empty store")
            .arg(path);
    case SqliteCorrupt:
        return Tr::tr("%1 is damaged (SQLite reports it as corrupt); restore it from a backup or move it away")
            .arg(path);
    case SqliteReadOnly:
        return Tr::tr("%1 is read-only, so nothing can be saved").arg(path);
    case SqliteBusy:
    case SqliteLocked:
        return Tr::tr("%1 is locked by another program (waited %2 seconds)").arg(path).arg(busyTimeoutMs / 1000);
    case SqlitePerm:
    case SqliteAuth:
        return Tr::tr("permission to use %1 was denied").arg(path);
    case SqliteCantOpen:
        return Tr::tr("%1 cannot be opened (%2)").arg(path, error.databaseText());
    default:
        break;
    }
    const QString detail = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return Tr::tr("the storage %1 failed: %2").arg(path, detail);
}

// Why mkpath(folder) failed, in words: the usual causes are a file standing
// where a folder should be and a folder we may not write to.
QString folderProblem(const QString &folder)
{
    QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Tr::tr("the data folder %1 cannot be used: it is a file, not a folder").arg(folder);
    QString ancestor = info.absoluteFilePath();
    while (!QFileInfo::exists(ancestor)) {
        const QString up = QFileInfo(ancestor).absolutePath();
        if (up == ancestor)
            break;
        ancestor = up;
    }
    const QFileInfo existing(ancestor);
    if (!existing.isDir()) {
        return Tr::tr("the data folder %1 cannot be created: %2 is a file, not a folder")
            .arg(folder, existing.absoluteFilePath());
    }
    if (!existing.isWritable())
        return Tr::tr("the data folder %1 cannot be created: no permission to write in %2").arg(folder, ancestor);
    return Tr::tr("the data folder %1 cannot be created").arg(folder);
}

QString pluginNameProblem(const QString &plugin)
{
    if (plugin.isEmpty())
        return Tr::tr("a plugin with no name cannot have a storage");
    if (plugin.startsWith(QLatin1Char('.')) || plugin.contains(QLatin1Char('/')) || plugin.contains(QLatin1Char('\\'))
        || plugin.contains(QChar(0))) {
        return Tr::tr("the plugin name \"%1\" cannot name a storage file (no leading dot, slash or backslash)")
            .arg(plugin);
    }
    return {};
}

QAtomicInteger<quint64> connectionCounter;

} // namespace

struct PluginStorage::Private
{
    QString path;
    QString connectionName;
    QSqlDatabase db;
    // Prepared once: a store is read and written on every command that uses
    // it, and preparing costs more than the statement itself.
    std::optional<QSqlQuery> select;
    std::optional<QSqlQuery> exists;
    std::optional<QSqlQuery> upsert;
    std::optional<QSqlQuery> erase;
    bool inTransaction = false;
    QString transactionError; // the first failure inside transaction()

    // A failed write outside transaction() changes nothing (SQLite rolls the
    // statement back); inside, it dooms the whole transaction.
    QString writeFailed(const QString &error)
    {
        if (inTransaction && transactionError.isEmpty())
            transactionError = error;
        return error;
    }

    bool execute(const QString &sql, QSqlError *error = nullptr)
    {
        QSqlQuery query(db);
        if (query.exec(sql))
            return true;
        if (error)
            *error = query.lastError();
        return false;
    }

    void rollback()
    {
        // Fails harmlessly when SQLite has already rolled back by itself
        // (it does after some I/O errors).
        execute(QStringLiteral("ROLLBACK"));
        inTransaction = false;
    }
};

PluginStorage::~PluginStorage()
{
    if (!d)
        return;
    const QString name = d->connectionName;
    // Every QSqlQuery and QSqlDatabase handle must be gone before the
    // connection is removed, or Qt warns that it is still in use.
    d.reset();
    QSqlDatabase::removeDatabase(name);
}

Result<std::shared_ptr<PluginStorage>> PluginStorage::open(const QString &dataDir, const QString &plugin)
{
    using R = Result<std::shared_ptr<PluginStorage>>;
    if (const QString problem = pluginNameProblem(plugin); !problem.isEmpty())
        return R::failure(problem);
    if (dataDir.isEmpty())
        return R::failure(Tr::tr("no data folder is set for the storage of plugin %1").arg(plugin));
    if (!QDir().mkpath(dataDir))
        return R::failure(folderProblem(dataDir));
    static const QString driver = QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return R::failure(Tr::tr("Qt's SQLite driver is not installed (Debian package libqt6sql6-sqlite), so plugins "
                                 "cannot store anything"));
    }

    std::shared_ptr<PluginStorage> storage(new PluginStorage);
    storage->d = std::make_unique<Private>();
    Private &p = *storage->d;
    p.path = QDir(dataDir).absoluteFilePath(plugin + QStringLiteral(".sqlite"));
    // One connection per instance: two stores (or the same store opened
    // twice) never share a connection or its transaction state.
    p.connectionName = QStringLiteral("botdeck-storage-%1-%2").arg(plugin).arg(++connectionCounter);
    p.db = QSqlDatabase::addDatabase(driver, p.connectionName);
    p.db.setDatabaseName(p.path);
    if (!p.db.open())
        return R::failure(describe(p.db.lastError(), p.path));

    // busy_timeout first, so the pragmas below wait for a lock held by
    // another process instead of failing at once.
    //
    // WAL with synchronous=NORMAL is enough for kill -9: a commit has been
    // written (write(2)) to the WAL file before COMMIT returns, and the kernel
    // keeps those pages when the process dies; the next open replays the
    // committed frames and ignores a half-written one, whose checksum does not
    // match. What NORMAL gives up is the fsync per commit, so only a power cut
    // or kernel crash may lose the last commits, and even then the file
    // stays consistent (checkpoints are synced).
    QSqlError error;
    if (!p.execute(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs), &error))
        return R::failure(describe(error, p.path));
    QSqlQuery journal(p.db);
    if (!journal.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return R::failure(describe(journal.lastError(), p.path));
    const QString mode = journal.next() ? journal.value(0).toString() : QString();
    journal.finish();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        // Without WAL the kill -9 promise does not hold; better to say so.
        return R::failure(Tr::tr("%1 cannot use write-ahead logging (journal mode is \"%2\"); the folder may be on a "
                                 "file system without shared memory support")
                              .arg(p.path, mode));
    }
    if (!p.execute(QStringLiteral("PRAGMA synchronous = NORMAL"), &error)
        || !p.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS kv(key TEXT PRIMARY KEY, value BLOB)"), &error))
        return R::failure(describe(error, p.path));

    const auto prepare = [&p](std::optional<QSqlQuery> &query, const QString &sql) {
        query.emplace(p.db);
        return query->prepare(sql) ? QString() : describe(query->lastError(), p.path);
    };
    for (const QString &problem : {
             prepare(p.select, QStringLiteral("SELECT value FROM kv WHERE key = ?")),
             prepare(p.exists, QStringLiteral("SELECT 1 FROM kv WHERE key = ?")),
             prepare(p.upsert, QStringLiteral("INSERT OR REPLACE INTO kv(key, value) VALUES(?, ?)")),
             prepare(p.erase, QStringLiteral("DELETE FROM kv WHERE key = ?")),
         }) {
        if (!problem.isEmpty())
            return R::failure(problem);
    }
    return R(std::move(storage));
}

QString PluginStorage::path() const
{
    return d->path;
}

QVariant PluginStorage::value(const QString &key, const QVariant &fallback) const
{
    QSqlQuery &query = *d->select;
    query.addBindValue(key);
    if (!query.exec() || !query.next()) {
        query.finish();
        return fallback;
    }
    const QByteArray bytes = query.value(0).toByteArray();
    // An open SELECT holds a read transaction: finish it, or it would block
    // checkpoints and make COMMIT fail.
    query.finish();
    QDataStream in(bytes);
    in.setVersion(streamVersion);
    QVariant result;
    in >> result;
    return in.status() == QDataStream::Ok ? result : fallback;
}

bool PluginStorage::contains(const QString &key) const
{
    QSqlQuery &query = *d->exists;
    query.addBindValue(key);
    const bool found = query.exec() && query.next();
    query.finish();
    return found;
}

QStringList PluginStorage::keys() const
{
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    QStringList result;
    if (query.exec(QStringLiteral("SELECT key FROM kv ORDER BY key"))) {
        while (query.next())
            result.append(query.value(0).toString());
    }
    return result;
}

Result<bool> PluginStorage::setValue(const QString &key, const QVariant &value)
{
    if (value.isValid() && !value.metaType().hasRegisteredDataStreamOperators()) {
        // Checked first: QVariant::save() only warns on the console for such
        // a type and writes a truncated value.
        return Result<bool>::failure(
            d->writeFailed(Tr::tr("a value of type %1 cannot be stored (Qt cannot serialise it)")
                               .arg(QLatin1String(value.typeName()))));
    }
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(streamVersion);
        out << value;
        if (out.status() != QDataStream::Ok) {
            return Result<bool>::failure(
                d->writeFailed(Tr::tr("a value of type %1 cannot be stored (Qt cannot serialise it)")
                                   .arg(QLatin1String(value.typeName()))));
        }
    }
    QSqlQuery &query = *d->upsert;
    query.addBindValue(key);
    query.addBindValue(bytes);
    if (!query.exec())
        return Result<bool>::failure(d->writeFailed(describe(query.lastError(), d->path, bytes.size())));
    query.finish();
    return Result<bool>(true);
}

Result<bool> PluginStorage::remove(const QString &key)
{
    QSqlQuery &query = *d->erase;
    query.addBindValue(key);
    if (!query.exec())
        return Result<bool>::failure(d->writeFailed(describe(query.lastError(), d->path)));
    const bool removed = query.numRowsAffected() > 0;
    query.finish();
    return Result<bool>(removed);
}

Result<bool> PluginStorage::transaction(const std::function<bool(PluginStorage &)> &body)
{
    if (d->inTransaction) {
        return Result<bool>::failure(d->writeFailed(
            Tr::tr("a transaction is already running in %1, and transactions do not nest").arg(d->path)));
    }
    QSqlError error;
    // IMMEDIATE takes the write lock now, so a second process cannot make
    // the first write of the body fail with "database is locked" halfway.
    if (!d->execute(QStringLiteral("BEGIN IMMEDIATE"), &error))
        return Result<bool>::failure(describe(error, d->path));
    d->inTransaction = true;
    d->transactionError.clear();

    // Rolls back when body throws, so the connection is never left inside
    // an open transaction.
    struct Guard
    {
        Private *p;
        ~Guard()
        {
            if (p && p->inTransaction)
                p->rollback();
        }
    } guard{d.get()};

    const bool keep = body(*this);
    if (!d->transactionError.isEmpty()) {
        d->rollback();
        return Result<bool>::failure(Tr::tr("%1; nothing of the transaction was saved").arg(d->transactionError));
    }
    if (!keep) {
        d->rollback();
        return Result<bool>(false);
    }
    if (!d->execute(QStringLiteral("COMMIT"), &error)) {
        d->rollback();
        return Result<bool>::failure(
            Tr::tr("%1; nothing of the transaction was saved").arg(describe(error, d->path, 1024 * 1024)));
    }
    d->inTransaction = false;
    return Result<bool>(true);
}

} // namespace Botdeck
