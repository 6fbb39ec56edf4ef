#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

namespace Botdeck {

// A plugin's persistent key-value store: one SQLite database per plugin in
// the data folder, WAL mode, every write its own transaction (or one
// transaction() block), so killing the process at any moment loses at most
// the write in flight and never corrupts the file. Values are any QVariant
// that QDataStream can carry.
//
// Use it from the thread that opened it: a Qt SQL connection belongs to the
// thread that created it.
class PluginStorage
{
public:
    ~PluginStorage();
    PluginStorage(const PluginStorage &) = delete;
    PluginStorage &operator=(const PluginStorage &) = delete;

    // Opens (creating if needed) dataDir/<plugin>.sqlite; a clear error when
    // the folder cannot be made, the file is not a database, or the disk is
    // full.
    static Result<std::shared_ptr<PluginStorage>> open(const QString &dataDir, const QString &plugin);

    QString path() const;
    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    bool contains(const QString &key) const;
    QStringList keys() const;
    // Each returns an error in plain words (disk full, read-only) instead
    // of failing silently; the store is unchanged then. setValue() gives
    // true; remove() gives whether there was such a key.
    Result<bool> setValue(const QString &key, const QVariant &value);
    Result<bool> remove(const QString &key);
    // Runs body inside one transaction: all its writes land or none do.
    // body returns false to roll back (the result is then false); true when
    // committed. A write that fails inside body rolls the whole transaction
    // back and becomes the error, even if body goes on and returns true.
    // Transactions do not nest: transaction() inside body is an error (and
    // so dooms the outer one).
    Result<bool> transaction(const std::function<bool(PluginStorage &)> &body);

private:
    PluginStorage() = default;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Botdeck
