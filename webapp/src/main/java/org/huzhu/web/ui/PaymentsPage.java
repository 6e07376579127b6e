package org.huzhu.web.ui;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;

import org.huzhu.claims.api.BankFile;
import org.huzhu.claims.api.ClaimPayments;
import org.huzhu.claims.api.PaymentRequests;
import org.huzhu.platform.api.DomainException;

/** Claim payment batches: make one, download its bank file, apply the bank's return file. */
@Named
@ViewScoped
public class PaymentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClaimPayments payments;

    private Long batchId;
    private transient Part returnFile;
    private PaymentRequests.ReturnResult result;

    public List<PaymentRequests.BatchView> getBatches() {
        try {
            return payments.batches(Pages.caller());
        } catch (DomainException refused) {
            return List.of();
        }
    }

    public void create() {
        try {
            PaymentRequests.BatchView batch = payments.create(Pages.caller(), null);
            Pages.info("payments.created", batch.id(), batch.lineCount(), batch.total());
        } catch (DomainException refused) {
            Pages.error(refused);
        }
    }

    public void download(long id) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        BankFile file;
        try {
            file = payments.bankFile(Pages.caller(), id);
        } catch (DomainException refused) {
            Pages.error(refused);
            return;
        }
        external.responseReset();
        external.setResponseContentType(file.mediaType());
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        external.setResponseContentLength(file.content().length);
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(file.content());
        }
        faces.responseComplete();
    }

    public void applyReturn() {
        if (returnFile == null || returnFile.getSize() == 0 || batchId == null) {
            Pages.error("upload.noFile");
            return;
        }
        try (InputStream content = returnFile.getInputStream()) {
            result = payments.applyReturn(Pages.caller(), batchId, content.readAllBytes(), Pages.locale());
            Pages.info("payments.returned", result.paid(), result.failed(), result.stillPending());
        } catch (DomainException refused) {
            Pages.error(refused);
        } catch (IOException unreadable) {
            Pages.error("upload.noFile");
        }
    }

    public Long getBatchId() { return batchId; }
    public void setBatchId(Long batchId) { this.batchId = batchId; }
    public Part getReturnFile() { return returnFile; }
    public void setReturnFile(Part returnFile) { this.returnFile = returnFile; }
    public PaymentRequests.ReturnResult getResult() { return result; }
}
