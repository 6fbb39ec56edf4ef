// Fails while starting: reported, and left switched off.
#include "core/bot/botplugin.h"

#include <stdexcept>

class BrokenPlugin : public Botdeck::BotPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BotdeckBotPlugin_iid)

public:
    QString name() const override { return QStringLiteral("ThrowsOnActivate"); }
    QString description() const override { return {}; }
    QList<Botdeck::BotCommand> commands() const override { return {}; }
    void activate() override { throw std::runtime_error("cannot find its configuration"); }
};

#include "throwsonactivate.moc"
