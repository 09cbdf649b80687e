package io.buildify.core.bpmn;

/** The XML namespaces of BPMN 2.0 (OMG 2010-05-24) and of our own extension attributes. */
final class BpmnNamespaces {
    /** BPMN semantic model: process, flow nodes, sequence flows. */
    static final String MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    /** BPMN diagram interchange: BPMNDiagram, BPMNPlane, BPMNShape, BPMNEdge. */
    static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    /** Diagram definition common types: Bounds. */
    static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    /** Diagram definition interchange: waypoint. */
    static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /**
     * Our extension attributes (state type, approver roles, technical names). BPMN allows attributes of other
     * namespaces on every element, and other modelers keep or ignore them.
     */
    static final String BUILDIFY = "https://buildify.io/schema/bpmn/1";

    private BpmnNamespaces() {
    }
}
