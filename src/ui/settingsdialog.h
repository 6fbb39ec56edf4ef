#pragma once

#include "consolesettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Botdeck {

// Settings…: the console's own preferences (ConsoleSettings), each shown
// with an example of what it does, applied when the operator says OK.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const ConsoleSettings &current, QWidget *parent = nullptr);

    ConsoleSettings settings() const;

    QComboBox *timeFormat() const { return m_timeFormat; }
    QCheckBox *nickColours() const { return m_nickColours; }
    QSpinBox *fontSize() const { return m_fontSize; }
    QLineEdit *quitMessage() const { return m_quitMessage; }
    QCheckBox *restoreConnections() const { return m_restore; }

private:
    void showExample();

    QComboBox *m_timeFormat;
    QLabel *m_timeExample;
    QCheckBox *m_nickColours;
    QSpinBox *m_fontSize;
    QLineEdit *m_quitMessage;
    QCheckBox *m_restore;
};

} // namespace Botdeck
