/**
 * The web pieces every page shares: {@link dev.praxis.system.web.NotFoundException} (a 404 page, never a 500), the
 * friendly 503 while PostgreSQL is gone ({@code DatabaseUnavailableFilter}, before Spring Session), static resources
 * served from their own folders only ({@code StaticResourcesConfig}) and moments written with their time zone
 * ({@link dev.praxis.system.web.Timestamps}). Templates {@code fragments/} and {@code error.html}.
 *
 * <h2>Depends on</h2>
 * No feature (the signed-in user in every page's model comes from {@code account.LayoutModelAdvice}). Pages of
 * features live in their features (the home page in {@code lesson}).
 */
@NamedInterface("web")
package dev.praxis.system.web;

import org.springframework.modulith.NamedInterface;
