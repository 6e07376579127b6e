package org.huzhu.insurance.api.rules;

/** Main list of serious diseases, or early stage (e.g. carcinoma in situ) paid at a lower amount. */
public enum DiseaseStage {
    MAIN, EARLY
}
