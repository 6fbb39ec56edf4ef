// Needs a symbol nothing provides: loading it fails.
#include "core/bot/botplugin.h"

extern int botdeck_symbol_that_does_not_exist;

class BrokenPlugin : public Botdeck::BotPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BotdeckBotPlugin_iid)

public:
    QString name() const override { return QStringLiteral("MissingSymbol"); }
    QString description() const override { return QString::number(botdeck_symbol_that_does_not_exist); }
    QList<Botdeck::BotCommand> commands() const override { return {}; }
};

#include "missingsymbol.moc"
