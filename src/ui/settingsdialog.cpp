#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTime>
#include <QVBoxLayout>

namespace Botdeck {

SettingsDialog::SettingsDialog(const ConsoleSettings &current, QWidget *parent)
    : QDialog(parent)
    , m_timeFormat(new QComboBox(this))
    , m_timeExample(new QLabel(this))
    , m_nickColours(new QCheckBox(tr("Give each nick its own colour"), this))
    , m_fontSize(new QSpinBox(this))
    , m_quitMessage(new QLineEdit(this))
    , m_restore(new QCheckBox(tr("Log in again with the last profile when the console starts"), this))
{
    setWindowTitle(tr("Settings"));
    auto *form = new QFormLayout;
    m_timeFormat->setObjectName(QStringLiteral("setting-time-format"));
    m_timeFormat->setEditable(true);
    m_timeFormat->addItems({QStringLiteral("HH:mm"), QStringLiteral("HH:mm:ss"), QStringLiteral("h:mm ap"),
                            QStringLiteral("yyyy-MM-dd HH:mm")});
    m_timeFormat->setCurrentText(current.timeFormat);
    m_timeFormat->setToolTip(tr("How each line's time is written, in Qt's QTime format"));
    connect(m_timeFormat, &QComboBox::currentTextChanged, this, &SettingsDialog::showExample);
    form->addRow(tr("Time of each line"), m_timeFormat);
    m_timeExample->setObjectName(QStringLiteral("setting-time-example"));
    form->addRow(QString(), m_timeExample);
    m_nickColours->setObjectName(QStringLiteral("setting-nick-colours"));
    m_nickColours->setChecked(current.nickColours);
    form->addRow(tr("Nicks"), m_nickColours);
    m_fontSize->setObjectName(QStringLiteral("setting-font-size"));
    m_fontSize->setRange(0, 72);
    m_fontSize->setSpecialValueText(tr("The desktop's"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(current.fontSize);
    form->addRow(tr("Text size"), m_fontSize);
    m_quitMessage->setObjectName(QStringLiteral("setting-quit-message"));
    m_quitMessage->setText(current.quitMessage);
    m_quitMessage->setPlaceholderText(tr("Said to the servers when the console closes"));
    form->addRow(tr("Quit message"), m_quitMessage);
    m_restore->setObjectName(QStringLiteral("setting-restore"));
    m_restore->setChecked(current.restoreConnections);
    form->addRow(tr("On start"), m_restore);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    showExample();
}

ConsoleSettings SettingsDialog::settings() const
{
    ConsoleSettings chosen;
    chosen.timeFormat
        = m_timeFormat->currentText().trimmed().isEmpty() ? chosen.timeFormat : m_timeFormat->currentText().trimmed();
    chosen.nickColours = m_nickColours->isChecked();
    chosen.fontSize = m_fontSize->value();
    chosen.quitMessage = m_quitMessage->text();
    chosen.restoreConnections = m_restore->isChecked();
    return chosen;
}

void SettingsDialog::showExample()
{
    m_timeExample->setText(
        tr("A line now would start with %1").arg(QTime::currentTime().toString(settings().timeFormat)));
}

} // namespace Botdeck
