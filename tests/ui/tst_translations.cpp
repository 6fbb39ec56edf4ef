// Every translatable string can be translated: lupdate's output for the
// current sources (regenerated at build time, see translations/) is loaded
// as a pseudo-translation that marks each string it lists as ⟦source⟧.
// A string shown unmarked is looked up under another context than the one
// lupdate files it under (a free tr() shim, say), so no translation of the
// .ts could ever reach it.
#include "app/commandline.h"
#include "backends/builtinbackends.h"
#include "backends/common/tlspolicy.h"
#include "backends/irc/ircregistration.h"
#include "backends/xmpp/errors.h"
#include "backends/xmpp/namespaces.h"
#include "backends/xmpp/saslmechanism.h"
#include "core/backendregistry.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <QXmlStreamReader>

#include <functional>
#include <memory>

using namespace Botdeck;

namespace {

const QString Open = QStringLiteral("⟦");
const QString Close = QStringLiteral("⟧");

bool isMarked(const QString &text)
{
    return text.startsWith(Open) && text.contains(Close);
}

// Translates exactly the (context, source, disambiguation) triples of a .ts
// file, each to itself between ⟦ and ⟧; anything else stays untranslated.
class MarkingTranslator : public QTranslator
{
public:
    bool loadTs(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        QString comment;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("name")) {
                    context = xml.readElementText();
                } else if (xml.name() == QLatin1String("message")) {
                    source.clear();
                    comment.clear();
                } else if (xml.name() == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    comment = xml.readElementText();
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                m_messages.insert(key(context, source, comment));
            }
        }
        return !xml.hasError() && !m_messages.isEmpty();
    }

    qsizetype size() const { return m_messages.size(); }

    bool isEmpty() const override { return m_messages.isEmpty(); }

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        if (!m_messages.contains(key(QString::fromUtf8(context), source, QString::fromUtf8(disambiguation))))
            return {};
        return Open + source + Close;
    }

private:
    static QString key(const QString &context, const QString &source, const QString &comment)
    {
        return context + u'\x1f' + source + u'\x1f' + comment;
    }

    QSet<QString> m_messages;
};

// The names of the options of QCommandLineParser::helpText() and the
// descriptions next to them, each description with its wrapped lines joined.
QStringList optionDescriptions(const QString &help)
{
    QStringList descriptions;
    const QStringList lines = help.split(u'\n');
    bool inOptions = false;
    for (const QString &line : lines) {
        if (!line.startsWith(u' ')) {
            inOptions = line.endsWith(u':') && !line.startsWith(QLatin1String("Usage"));
            continue;
        }
        if (!inOptions)
            continue;
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u'-')) {
            // "-h, --help  Show this help." or a long name alone, with the
            // description on the next lines.
            const qsizetype gap = trimmed.indexOf(QLatin1String("  "));
            descriptions.append(gap < 0 ? QString() : trimmed.mid(gap).trimmed());
        } else if (!descriptions.isEmpty()) {
            QString &last = descriptions.last();
            last += (last.isEmpty() ? QString() : QStringLiteral(" ")) + trimmed;
        }
    }
    return descriptions;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    MarkingTranslator m_translator;
    QTemporaryDir m_dir;
    std::unique_ptr<BackendRegistry> m_registry;

    std::unique_ptr<QSettings> settings() const
    {
        return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("botdeck.ini")), QSettings::IniFormat);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_translator.loadTs(QStringLiteral(BOTDECK_CURRENT_TS)), BOTDECK_CURRENT_TS);
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
        // The descriptors translate their labels when they are made.
        m_registry = std::make_unique<BackendRegistry>();
        registerBuiltinBackends(*m_registry);
    }

    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_translator); }

    void theTranslatorMarksWhatLupdateFound()
    {
        QVERIFY2(m_translator.size() > 500, qPrintable(QString::number(m_translator.size())));
        QCOMPARE(MainWindow::tr("&Connection"), QStringLiteral("⟦&Connection⟧"));
        // Only what lupdate listed, under its context.
        QCOMPARE(QCoreApplication::translate("Botdeck::NoSuchContext", "&Connection"), QStringLiteral("&Connection"));
    }

    void loginForms_data()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &name : m_registry->names())
            QTest::newRow(qPrintable(name)) << name;
        QVERIFY(m_registry->names().contains(QStringLiteral("local")));
        QVERIFY(m_registry->names().contains(QStringLiteral("irc")));
        QVERIFY(m_registry->names().contains(QStringLiteral("xmpp")));
    }

    void loginForms()
    {
        QFETCH(QString, backend);
        const BackendDescriptor *descriptor = m_registry->find(backend);
        QVERIFY(descriptor);
        QVERIFY2(isMarked(descriptor->displayName), qPrintable(descriptor->displayName));
        QVERIFY2(isMarked(descriptor->description), qPrintable(descriptor->description));
        QVERIFY(!descriptor->fields.isEmpty());
        for (const LoginField &field : descriptor->fields) {
            QVERIFY2(isMarked(field.label), qPrintable(field.key + QStringLiteral(": ") + field.label));
            if (!field.help.isEmpty())
                QVERIFY2(isMarked(field.help), qPrintable(field.key + QStringLiteral(": ") + field.help));
        }

        // The dialog's form, as the operator sees it.
        const auto store = settings();
        LoginDialog dialog(*m_registry, nullptr, store.get());
        dialog.setBackend(backend);
        QCOMPARE(dialog.backend(), backend);
        int labelled = 0;
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (!label->buddy() || label->isHidden())
                continue;
            QVERIFY2(isMarked(label->text()), qPrintable(label->text()));
            // The tooltip is rich text (so that it wraps): its words are what is translated.
            const QString tip = QTextDocumentFragment::fromHtml(label->toolTip()).toPlainText();
            if (!tip.isEmpty())
                QVERIFY2(isMarked(tip), qPrintable(label->toolTip()));
            ++labelled;
        }
        QVERIFY2(labelled >= descriptor->fields.size(), qPrintable(QString::number(labelled)));
    }

    void commandLineHelp()
    {
        const CommandLine commandLine(*m_registry);
        const auto options = commandLine.parse({QStringLiteral("botdeck"), QStringLiteral("--help")});
        QVERIFY(options);
        QCOMPARE(options.value().action, LaunchOptions::Action::ShowHelp);
        const QString help = options.value().helpText;
        QVERIFY2(help.contains(QStringLiteral("⟦Botdeck: a chat bot")), qPrintable(help));
        const QStringList descriptions = optionDescriptions(help);
        QVERIFY2(descriptions.size() > 20, qPrintable(help));
        for (const QString &description : descriptions)
            QVERIFY2(isMarked(description), qPrintable(description + QStringLiteral("\n\n") + help));
        // Value names too: --backend <⟦name⟧>, --jid <⟦jid⟧>.
        QVERIFY2(help.contains(QStringLiteral("<⟦name⟧>")), qPrintable(help));
        QVERIFY2(help.contains(QStringLiteral("<⟦jid⟧>")), qPrintable(help));

        const QString backends = commandLine.describeBackends();
        QVERIFY2(backends.contains(QStringLiteral("⟦[required]⟧"))
                     || backends.contains(QStringLiteral("⟦ [required]⟧")),
                 qPrintable(backends));
    }

    void commandLineErrors()
    {
        const CommandLine commandLine(*m_registry);
        const QStringList wrong[] = {
            {QStringLiteral("botdeck"), QStringLiteral("stray")},
            {QStringLiteral("botdeck"), QStringLiteral("--send-rate"), QStringLiteral("fast")},
            // Read in a helper outside the class.
            {QStringLiteral("botdeck"), QStringLiteral("--backend"), QStringLiteral("xmpp"),
             QStringLiteral("--password-file"), m_dir.filePath(QStringLiteral("missing"))},
        };
        for (const QStringList &arguments : wrong) {
            const auto options = commandLine.parse(arguments);
            QVERIFY(!options);
            QVERIFY2(isMarked(options.error()), qPrintable(options.error()));
        }
    }

    void failedLoginErrors()
    {
        // Settings that cannot log in: the field is named in its words.
        const auto missing = m_registry->settings(QStringLiteral("xmpp"), {});
        QVERIFY(!missing);
        QVERIFY2(isMarked(missing.error()), qPrintable(missing.error()));
        const auto unknown = m_registry->settings(QStringLiteral("nonesuch"), {});
        QVERIFY(!unknown);
        QVERIFY2(isMarked(unknown.error()), qPrintable(unknown.error()));

        // XMPP: the server refuses the password, or ends the stream.
        const QString sasl = Xmpp::describeSaslFailure(QStringLiteral("not-authorized"), {});
        QVERIFY2(isMarked(sasl), qPrintable(sasl));
        Xmpp::XmlElement error(QStringLiteral("error"), QStringLiteral("http://etherx.jabber.org/streams"));
        error.appendChild(Xmpp::XmlElement(QStringLiteral("host-unknown"), Xmpp::Ns::StreamErrors));
        const QString stream = Xmpp::describeStreamError(error).description;
        QVERIFY2(isMarked(stream), qPrintable(stream));

        // IRC: the server refuses the password.
        Irc::IrcRegistration registration;
        Irc::IrcRegistration::Config config;
        config.nick = QStringLiteral("botdeck");
        config.password = QStringLiteral("wrong");
        QVERIFY(!registration.start(config).isEmpty());
        const auto step = registration.handle(
            Irc::IrcMessage(QStringLiteral("464"), {QStringLiteral("botdeck"), QStringLiteral("Password incorrect")}));
        QVERIFY2(isMarked(step.error), qPrintable(step.error));

        // TLS, shared by the transports.
        const TlsVerdict tls = judgeTlsErrors(Transport::Options{}, {}, QSslCertificate());
        QVERIFY(!tls.accept);
        QVERIFY2(isMarked(tls.message), qPrintable(tls.message));

        // And as the login dialog shows it.
        const auto store = settings();
        LoginDialog dialog(*m_registry, nullptr, store.get());
        dialog.showError(sasl);
        QVERIFY2(dialog.errorText().contains(sasl), qPrintable(dialog.errorText()));
    }

    void mainWindowMenus()
    {
        const auto store = settings();
        MainWindow window(*m_registry, nullptr, store.get());
        int checked = 0;
        std::function<void(QMenu *)> check = [&](QMenu *menu) {
            QVERIFY2(isMarked(menu->title()), qPrintable(menu->title()));
            ++checked;
            const QList<QAction *> actions = menu->actions();
            for (QAction *action : actions) {
                if (action->isSeparator())
                    continue;
                if (QMenu *sub = action->menu()) {
                    check(sub);
                    continue;
                }
                QVERIFY2(isMarked(action->text()), qPrintable(menu->title() + QStringLiteral(": ") + action->text()));
                ++checked;
            }
        };
        const QList<QAction *> top = window.menuBar()->actions();
        QVERIFY(top.size() >= 4);
        for (QAction *action : top) {
            QVERIFY(action->menu());
            check(action->menu());
        }
        QVERIFY2(checked > 15, qPrintable(QString::number(checked)));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
