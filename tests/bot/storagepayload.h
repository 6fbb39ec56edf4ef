#pragma once

#include <QByteArray>
#include <QString>

// What storage_writer stores under a key, so tst_pluginstorage can tell a
// torn or mixed-up value from the one that was committed. Sizes vary so that
// writes span several pages (about 6 KiB on average) and a long run of them
// passes SQLite's automatic checkpoint (1000 pages of WAL).
inline QString storageKey(const QString &prefix, int n)
{
    return prefix + QLatin1Char('-') + QString::number(n);
}

inline QByteArray storagePayload(const QString &prefix, int n)
{
    const QByteArray unit = storageKey(prefix, n).toUtf8() + ';';
    return unit.repeated(1 + (n * 37) % 1500);
}
