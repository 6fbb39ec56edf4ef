// Stanza parsing throughput of the XMPP stream parser: typical groupchat
// messages, and the presence flood of joining a 1 000-occupant room.
#include "backends/xmpp/streamparser.h"

#include <benchmark/benchmark.h>

using namespace Botdeck::Xmpp;

namespace {

const QByteArray Header = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                          "xmlns:stream='http://etherx.jabber.org/streams' from='localhost' id='b' version='1.0'>";

QByteArray groupchatMessage(int i)
{
    return "<message from='bench@conference.localhost/user" + QByteArray::number(i % 50)
        + "' to='bot@localhost/botdeck' type='groupchat' id='msg-" + QByteArray::number(i)
        + "' xml:lang='en'><body>!echo hello world, this is message number " + QByteArray::number(i)
        + " &amp; some text</body><stanza-id xmlns='urn:xmpp:sid:0' id='" + QByteArray::number(i * 7919)
        + "' by='bench@conference.localhost'/><occupant-id xmlns='urn:xmpp:occupant-id:0' id='occ"
        + QByteArray::number(i % 50) + "'/></message>";
}

QByteArray occupantPresence(int i)
{
    return "<presence from='bench@conference.localhost/user" + QByteArray::number(i)
        + "' to='bot@localhost/botdeck' id='p" + QByteArray::number(i)
        + "'><c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='https://example.org' "
          "ver='q07IKJEyjvHSyhy//CH0CxmKi8w='/><x xmlns='http://jabber.org/protocol/muc#user'>"
          "<item affiliation='member' role='participant' jid='user"
        + QByteArray::number(i) + "@localhost/res'/></x><occupant-id xmlns='urn:xmpp:occupant-id:0' id='o"
        + QByteArray::number(i) + "'/></presence>";
}

// Feeds the stanzas in 4 KiB chunks, as a TCP socket delivers them.
void run(benchmark::State &state, const QByteArray &body, int stanzas)
{
    const QByteArray all = Header + body;
    for (auto _ : state) {
        StreamParser parser;
        qsizetype seen = 0;
        for (qsizetype at = 0; at < all.size(); at += 4096)
            seen += parser.feed(all.mid(at, 4096)).size();
        if (seen != stanzas + 1 || parser.hasError())
            state.SkipWithError("parser lost stanzas");
        benchmark::DoNotOptimize(seen);
    }
    state.counters["stanzas/s"]
        = benchmark::Counter(double(stanzas) * double(state.iterations()), benchmark::Counter::kIsRate);
    state.SetBytesProcessed(qint64(state.iterations()) * all.size());
}

void BM_GroupchatMessages(benchmark::State &state)
{
    QByteArray body;
    for (int i = 0; i < 1000; ++i)
        body += groupchatMessage(i);
    run(state, body, 1000);
}
BENCHMARK(BM_GroupchatMessages);

void BM_PresenceFlood1000(benchmark::State &state)
{
    QByteArray body;
    for (int i = 0; i < 1000; ++i)
        body += occupantPresence(i);
    run(state, body, 1000);
}
BENCHMARK(BM_PresenceFlood1000);

} // namespace

BENCHMARK_MAIN();
