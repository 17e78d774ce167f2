package org.painwise.site;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every SQL statement the site sends, whether through JPA or plain JDBC, so a test
 * can say how many statements a page costs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource).name("site").countQuery().build();
				}
				return bean;
			}
		};
	}

	/** Starts counting afresh for the current thread. */
	public static void reset() {
		QueryCountHolder.clear();
	}

	/** Statements sent since the last reset. */
	public static long count() {
		return QueryCountHolder.getGrandTotal().getTotal();
	}

}
