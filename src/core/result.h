#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Botdeck {

// A value or a human-readable reason why there is none. Parsers and lookups
// return this instead of a half-filled value (std::expected is C++23).
template<typename T> class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }

    static Result failure(QString error) { return Result(Error{std::move(error)}); }

    bool isOk() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return isOk(); }

    const T &value() const { return std::get<T>(m_state); }
    T valueOr(T fallback) const { return isOk() ? value() : std::move(fallback); }
    QString error() const { return isOk() ? QString() : std::get<Error>(m_state).text; }

private:
    struct Error
    {
        QString text;
    };
    explicit Result(Error error)
        : m_state(std::move(error))
    { }

    std::variant<T, Error> m_state;
};

} // namespace Botdeck
