/** Decision letters of claims: the data of one letter, its rendering with JasperReports, the facade and the API. */
package org.huzhu.reports.letter;
