/**
 * How the web application answers a request it refuses: an RFC 9457 {@code application/problem+json} body, titled in the
 * reader's language. The exception mappers ({@code web.problem}), the security filters, the request limits and the input
 * guard all answer through it, so it depends on none of them.
 */
package org.huzhu.web.reply;
