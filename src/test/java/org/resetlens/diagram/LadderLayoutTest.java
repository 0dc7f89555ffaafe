package org.resetlens.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LadderLayoutTest {

    @Test
    void oneLanePerEndpointAndOneArrowPerPacket() {
        LadderInput in = LadderFixtures.smbStream0();
        LadderGeometry g = LadderLayout.layout(in, LadderOptions.defaults());
        assertEquals(2, g.lanes().size());
        assertEquals("10.64.1.2:46736", g.lanes().get(0).label());
        assertTrue(g.lanes().get(0).x() < g.lanes().get(1).x());
        assertEquals(25, g.arrows().size());
        ArrowRow syn = g.arrows().get(0);
        assertEquals(StyleRole.ARROW_SYN, syn.role());
        assertEquals(g.lanes().get(0).x(), syn.x1());
        assertEquals(g.lanes().get(1).x(), syn.x2());
        ArrowRow synAck = g.arrows().get(1);
        assertTrue(synAck.x1() > synAck.x2(), "server to client runs right to left");
        assertEquals("[SYN, ACK] Seq=0 Ack=1 Len=0", synAck.label());
    }

    @Test
    void theSixSecondSilenceBeforeTheResetIsABreak() {
        LadderGeometry g = LadderLayout.layout(LadderFixtures.smbStream0(), LadderOptions.defaults());
        List<BreakRow> breaks = g.rows().stream().filter(r -> r instanceof BreakRow).map(r -> (BreakRow) r).toList();
        assertEquals(1, breaks.size());
        // frames 24 → 25: 0.126064 → 6.097463 s (tshark frame.time_relative)
        assertEquals("… 6.0 s …", breaks.get(0).text());
        int b = g.rows().indexOf(breaks.get(0));
        assertEquals(24, ((ArrowRow) g.rows().get(b - 1)).frame());
        assertEquals(25, ((ArrowRow) g.rows().get(b + 1)).frame());
    }

    @Test
    void noSilenceWhenGapsAreEven() {
        LadderInput in = LadderFixtures.alternating(50);
        LadderGeometry g = LadderLayout.layout(in, LadderOptions.defaults());
        assertEquals(50, g.rows().size());
    }

    @Test
    void aGapAboveOneSecondButBelowTenMediansIsNoSilence() {
        List<LadderEvent> ev = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ev.add(new LadderEvent(i + 1, i * 1_500_000_000L, 0, 1, "x", EventKind.DATA, ""));
        }
        LadderInput in = new LadderInput("", List.of(new Endpoint("a", ""), new Endpoint("b", "")), ev, List.of(),
                null, Long.MIN_VALUE);
        assertEquals(5, LadderLayout.layout(in, LadderOptions.defaults()).rows().size());
    }

    @Test
    void resetAndTriggerAreMarkedAndConnected() {
        LadderGeometry g = LadderLayout.layout(LadderFixtures.smbStream0(), LadderOptions.defaults());
        ArrowRow rst = (ArrowRow) g.rows().get(g.rowOfFrame(25));
        ArrowRow trigger = (ArrowRow) g.rows().get(g.rowOfFrame(23));
        assertEquals(StyleRole.ARROW_RST, rst.role());
        assertEquals(StyleRole.BAND_RESET, rst.band());
        assertEquals(StyleRole.BAND_TRIGGER, trigger.band());
        assertEquals("SMB2 CREATE Request", trigger.label());
        assertEquals("[PSH, ACK] Seq=1134 Ack=1538 Len=125", trigger.subLabel());
        Connector c = g.trace();
        assertNotNull(c);
        assertEquals(rst.arrowY(), c.path().get(0).y());
        assertEquals(trigger.arrowY(), c.path().get(c.path().size() - 1).y());
        // frame 22 (sent-while-waiting) lies between trigger and reset? No: 22 is before 23, so only on-path
        // markers count; 21 and 22 are above the trigger and get none.
        assertTrue(c.markers().isEmpty());
        Callout expl = g.callouts().stream().filter(x -> x.kind() == Callout.Kind.EXPLANATION).findFirst().orElseThrow();
        assertEquals(25, expl.frame());
        assertTrue(expl.lines().get(0).contains("request-timeout"));
        Callout note = g.callouts().stream().filter(x -> x.kind() == Callout.Kind.NOTE).findFirst().orElseThrow();
        assertEquals(23, note.frame());
        assertTrue(String.join(" ", note.lines()).contains("smbd never replies"));
    }

    @Test
    void calloutsDoNotOverlap() {
        LadderInput in = LadderFixtures.alternating(10);
        List<Annotation> notes = new ArrayList<>();
        for (int f = 1; f <= 10; f++) notes.add(new Annotation(f, "a fairly long note that wraps onto a second line "
                + "because it says a lot about packet " + f));
        LadderGeometry g = LadderLayout.layout(in.withAnnotations(notes), LadderOptions.defaults());
        assertEquals(10, g.callouts().size());
        for (int i = 1; i < g.callouts().size(); i++) {
            assertTrue(g.callouts().get(i).box().y() >= g.callouts().get(i - 1).box().bottom());
        }
        assertTrue(g.height() >= g.callouts().get(9).box().bottom());
    }

    @Test
    void aroundWindowKeepsTheTriggerAndCountsWhatIsLeftOut() {
        LadderInput in = LadderFixtures.alternating(200)
                .withReset(new ResetTrace(150, 20, "", List.of(new TraceLink("trigger", 20)), "why"));
        LadderGeometry g = LadderLayout.layout(in, LadderOptions.defaults().around(150, 5));
        List<Integer> frames = g.arrows().stream().map(ArrowRow::frame).toList();
        assertEquals(List.of(20, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155), frames);
        List<Integer> omitted = g.rows().stream().filter(r -> r instanceof BreakRow).map(r -> ((BreakRow) r).omitted())
                .toList();
        assertEquals(List.of(19, 124, 45), omitted);
        assertNotNull(g.trace());
    }

    @Test
    void perMessageRowsKeepMessagesControlAndTraceFrames() {
        LadderGeometry g = LadderLayout.layout(LadderFixtures.smbStream0(), LadderOptions.defaults().withPerMessage(true));
        List<Integer> frames = g.arrows().stream().map(ArrowRow::frame).toList();
        // SYN 1, SYN-ACK 2, SMB2 messages 4 6 8..21 and 23, chain 21 22 23, RST 25; bare ACKs 3 5 7 24 dropped
        assertEquals(List.of(1, 2, 4, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 25), frames);
    }

    @Test
    void manyHostsGetOneLaneEachWithoutALimit() {
        int hosts = 60;
        List<Endpoint> eps = new ArrayList<>();
        for (int i = 0; i < hosts; i++) eps.add(new Endpoint("10.0.0." + i, ""));
        List<LadderEvent> ev = new ArrayList<>();
        for (int i = 0; i < hosts - 1; i++) ev.add(new LadderEvent(i + 1, i * 1000L, i, i + 1, "x", EventKind.OTHER, ""));
        LadderGeometry g = LadderLayout.layout(new LadderInput("", eps, ev, List.of(), null, Long.MIN_VALUE),
                LadderOptions.defaults());
        assertEquals(hosts, g.lanes().size());
        assertTrue(g.width() > g.lanes().get(hosts - 1).x());
        assertNull(g.trace());
    }

    @Test
    void hitTestingFindsTheRowsFrame() {
        LadderGeometry g = LadderLayout.layout(LadderFixtures.smbStream0(), LadderOptions.defaults());
        ArrowRow r = (ArrowRow) g.rows().get(g.rowOfFrame(8));
        assertEquals(8, g.frameAt((r.x1() + r.x2()) / 2, r.arrowY()));
        assertEquals(-1, g.frameAt(10, 5));
        assertEquals(9, g.neighbourFrame(8, 1));
        assertEquals(7, g.neighbourFrame(8, -1));
        assertEquals(25, g.neighbourFrame(24, 1), "skips the silence break");
    }

    @Test
    void timeColumnFormats() {
        LadderInput in = LadderFixtures.smbStream0();
        LadderGeometry rel = LadderLayout.layout(in, LadderOptions.defaults());
        // tshark frame.time_relative for frame 25: 6.097463000
        assertEquals("6.097463", ((ArrowRow) rel.rows().get(rel.rowOfFrame(25))).timeText());
        LadderGeometry delta = LadderLayout.layout(in, LadderOptions.defaults().withTimeFormat(TimeFormat.DELTA));
        // frame 2 − frame 1: 0.000054
        assertEquals("+0.000054", ((ArrowRow) delta.rows().get(delta.rowOfFrame(2))).timeText());
        LadderGeometry abs = LadderLayout.layout(in, LadderOptions.defaults().withTimeFormat(TimeFormat.ABSOLUTE));
        // frame.time_epoch 1795297618.329113 is 21:46:58 UTC (date -u -d @1795297618)
        assertEquals("21:46:58.329113", ((ArrowRow) abs.rows().get(abs.rowOfFrame(1))).timeText());
    }

    @Test
    void durationsReadLikeAPerson() {
        assertEquals("6.0 s", LadderLayout.duration(6_000_000_000L));
        assertEquals("2 min 5 s", LadderLayout.duration(125_000_000_000L));
        assertEquals("1 h 1 min", LadderLayout.duration(3_660_000_000_000L));
    }
}
