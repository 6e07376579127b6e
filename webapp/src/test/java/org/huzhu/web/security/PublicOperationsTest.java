package org.huzhu.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

class PublicOperationsTest {

    @Path("/catalogue/")
    static class Catalogue {
        @GET
        public String all() {
            return "";
        }

        @GET
        @Path("{code}")
        public String one() {
            return "";
        }

        @POST
        @Path("{code}/versions/{version: [0-9]+}")
        public String version() {
            return "";
        }
    }

    @Test
    void theTemplateIsTheApplicationPathTheClassAndTheMethod() throws Exception {
        assertEquals("/api/v1/catalogue", PublicOperations.template(Catalogue.class, Catalogue.class.getMethod("all")));
        assertEquals("/api/v1/catalogue/{code}", PublicOperations.template(Catalogue.class, Catalogue.class.getMethod("one")));
    }

    @Test
    void anOperationWithoutLoginMatchesItsMethodAndPathOnly() throws Exception {
        for (String method : new String[] {"all", "one", "version"}) {
            PublicOperations.register(Catalogue.class, Catalogue.class.getMethod(method));
        }
        assertTrue(PublicOperations.isPublic("GET", "/api/v1/catalogue"));
        assertTrue(PublicOperations.isPublic("GET", "/api/v1/catalogue/"));
        assertTrue(PublicOperations.isPublic("HEAD", "/api/v1/catalogue/WORKING"));
        assertFalse(PublicOperations.isPublic("POST", "/api/v1/catalogue/WORKING"), "another method");
        assertFalse(PublicOperations.isPublic("GET", "/api/v1/catalogue/WORKING/versions"), "a longer path");
        assertTrue(PublicOperations.isPublic("POST", "/api/v1/catalogue/W/versions/2016"));
        assertFalse(PublicOperations.isPublic("POST", "/api/v1/catalogue/W/versions/x2016"), "the variable's own pattern");
        assertFalse(PublicOperations.isPublic("GET", "/api/v1/units"));
    }
}
