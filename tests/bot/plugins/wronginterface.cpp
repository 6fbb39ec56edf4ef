// Built for an older plugin interface: refused before any of its code runs.
#include "core/bot/botplugin.h"

class BrokenPlugin : public Botdeck::BotPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.botdeck.BotPlugin/0")

public:
    QString name() const override { return QStringLiteral("WrongInterface"); }
    QString description() const override { return {}; }
    QList<Botdeck::BotCommand> commands() const override { return {}; }
};

#include "wronginterface.moc"
