package org.huzhu.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.huzhu.claims.api.MyData;
import org.huzhu.platform.api.DomainException;

/** The member portal's "download my data": profile, cover, claims with their history and documents list, as a JSON file. */
@Named
@RequestScoped
public class MyDataPage {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    @Inject
    MyData data;

    public void download() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        byte[] file;
        try {
            file = JSON.toJson(data.export(Pages.caller(), Pages.locale())).getBytes(StandardCharsets.UTF_8);
        } catch (DomainException refused) {
            Pages.error(refused);
            return;
        }
        external.responseReset();
        external.setResponseContentType("application/json; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"huzhu-my-data.json\"");
        external.setResponseContentLength(file.length);
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(file);
        }
        faces.responseComplete();
    }
}
